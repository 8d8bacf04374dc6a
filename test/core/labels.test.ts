/**
 * Labels on sentence patterns of real reports, each in a SYNTHETIC sentence written for this test (the
 * figures are invented): verbs that tell measures apart, before/after pairs, relative clauses, passives, sums,
 * shares, lists, titles and quotes, and what a label may not start or end with.
 */
import {describe, expect, test} from 'vitest';
import {extractIndicators} from '../../src/core/extract.js';
import {parseReport} from '../../src/core/parse.js';

const labels = (sentence: string) =>
	extractIndicators(
		parseReport(`晋城市2023年法治政府建设情况的报告（合成测试数据）\n一、工作\n${sentence}\n`).report,
	).map(i => i.label);

describe('labels', () => {
	test.each([
		// The verb stays where it tells two measures of one thing apart.
		['清理规范性文件11件，废止7件，修改2件。', ['清理规范性文件', '废止规范性文件', '修改规范性文件']],
		['制定《某某办法》等5件政府规章，废止《某某规定》等3件政府规章。', ['制定政府规章', '废止政府规章']],
		['制定修改2部政府规章。', ['制定修改政府规章']],
		// Light verbs go; a bare verb borrows the previous object.
		['办理行政复议案件102件，办结98件。', ['行政复议案件', '办结行政复议案件']],
		// Before and after: both figures measure the subject.
		['行政审批事项从799项削减至326项，精简率达59.2%。', ['行政审批事项', '行政审批事项', '行政审批事项精简率']],
		['设立企业的时间由改革前的21个工作日减少为2个工作日。', ['设立企业的时间', '设立企业的时间']],
		// 的 after a figure: possessive (counts the first noun) or a relative clause (counts the last).
		['明确了83项重点事项的牵头部门。', ['重点事项']],
		['清理出21件涉及市场主体的行政规范性文件。', ['清理行政规范性文件']],
		// …or what the things are like (a quality before 的): the noun after 的 is counted.
		['提出了52项操作性、针对性强的改革措施。', ['改革措施']],
		// A support verb lends a hand to the action after it: both are what is counted.
		['召开周例会12期，涉及单位20家，助力化解31件。', ['周例会', '涉及单位', '助力化解']],
		// Who did what, when the figure counts people or times.
		['我县共有2381人次参与了法律法规知识考试。', ['参与法律法规知识考试']],
		['相关做法5次被省委宣传部肯定推广。', ['肯定推广']],
		['分七期对机关全体干部进行集中脱产培训。', ['集中脱产培训']],
		// 对 + figures + a light verb + the action: each figure counts what the action was done to.
		['组织对3个县区和5个市直部门开展了法治政府建设实地督察。', ['县区督察', '市直部门督察']],
		['对3市2县7个省直单位开展实地法治督察。', ['市督察', '县督察', '省直单位督察']],
		['对40个政策性文件进行解读。', ['政策性文件解读']],
		['对12项市级行政许可事项进行了修改。', ['修改市级行政许可事项']],
		// A count of kinds: 种 counts things too; a change of it after a long subject keeps only its direction.
		[
			'签发电子证照种类150种，省一体化政务服务平台电子证照种类60种，较上年增加12种。',
			['签发电子证照种类', '省一体化政务服务平台电子证照种类', '省一体化政务服务平台电子证照种类增加'],
		],
		// A phrase of what the things can be, before 的, describes them: they are 制度创新成果.
		['形成25项可复制推广的制度创新成果。', ['制度创新成果']],
		// Times something was put before a body: what was done there, and where.
		['全年4次将法治建设工作列入局党组会进行专题研究。', ['局党组会专题研究']],
		// A verb that only pushes a change is not what was changed; 已 is no part of the act; a run of acts joined by 、.
		['推动企业开办时间压缩至2个工作日。', ['企业开办时间']],
		['督察发现问题90个，已整改85个。', ['发现问题', '整改问题']],
		['集中发现、整改问题40项，完成60个村（社区）法律顾问全覆盖。', ['发现、整改问题', '村（社区）法律顾问']],
		// 卷 counts case files; 共 and a light verb before what names the act say nothing of it.
		['共评查案卷900卷，开展重大行政决策合法性审查30件。', ['评查案卷', '重大行政决策合法性审查']],
		// 张 counts cards and permits; a bound (不低于) is no part of the label; a named practice is its own act.
		['全年发放行政执法证件3600余张，法治课程占比不低于12%。', ['行政执法证件', '法治课程占比']],
		['对150家企业实施“首违不罚”。', ['企业“首违不罚”']],
		// A rate after a rate is the same subject's; one rate does not qualify another.
		['负责人出庭应诉率100%，败诉率5.2%。', ['负责人出庭应诉率', '败诉率']],
		// A refused act is an act of its own, on the previous figure's object.
		['受理行政复议申请400件，其中不予受理15件。', ['受理行政复议申请', '不予受理行政复议申请']],
		// A two-character object says little without who received it.
		['12345政务服务便民热线受理诉求40.5万件。', ['12345政务服务便民热线受理诉求']],
		// The members of what they make up.
		['组建由40名专家组成的政府法律顾问团。', ['政府法律顾问团专家']],
		// A thing changed into the next figure: both figures measure it.
		['把48项考核指标精简优化为15项。', ['考核指标', '考核指标']],
		// 均为 only links the subject to its figure.
		['受理率、审批率均为100%。', ['受理率、审批率']],
		// 将 + what + a change verb + 至: the thing brought to the figure.
		['将区级服务分中心压减至3个。', ['区级服务分中心']],
		// After a light verb, what the counted things did, closing the clause, says what was counted.
		['按要求完成30个行业上线。', ['行业上线']],
		['选聘120名专家组建某某法治人才库。', ['选聘专家']],
		// 对 with other things before the figure; an action the dictionary splits into characters (督|查).
		['对镇（街道）以及市场监管局等8个市级部门组织开展法治建设专项督查。', ['市级部门督查']],
		// Part of what was just counted, said to be something: it counts that.
		['形成典型案例10个，3个为全省首例。', ['典型案例', '全省首例']],
		['县委主要领导对法治政府建设工作作出批示4次。', ['作出批示']],
		['组织任前法律知识考试4次共97人。', ['任前法律知识考试', '任前法律知识考试']],
		['开展线上线下法治讲座36场受众4万余人。', ['线上线下法治讲座', '受众']],
		['法律顾问深度参与历史遗留问题决策、疑难案件处理等33件。', ['法律顾问深度参与']],
		// Shares: what the share of the subject achieves.
		['区级政务服务事项90.6%实现最多跑一次。', ['区级政务服务事项最多跑一次']],
		['省政府、各市（州）政府、省直有关部门年度报告率、公开率均达到100%。', ['省直有关部门年度报告率、公开率']],
		// Long labels: document titles, long lists and themes give way to what they stand for.
		['市政府常务会议集体学习《甲法》《乙条例》《丙规定》等法律法规8次。', ['市政府常务会议集体学习法律法规']],
		['省长17次主持召开省政府党组会议、省政府常务会议、省长专题会议。', ['主持召开省政府党组会议等']],
		['组织全市科（局）级领导干部学习贯彻习近平法治思想培训班2期。', ['习近平法治思想培训班']],
		['我省连续3年位列“营商环境最佳口碑省份”。', ['连续位列“营商环境最佳口碑省份”']],
		// A change verb at the end is not part of what is measured; 平均 keeps its 均.
		['平均办理时限压缩至3.2个工作日，企业开办时间缩短到0.5个工作日。', ['平均办理时限', '企业开办时间']],
		['联合抽查占比提高到45%。', ['联合抽查占比']],
		// Object before verb reads verb + object; a verb inside a rate's name stays in the name.
		['全县行政复议案件受理89件，纠错率12.4%。', ['受理行政复议案件', '行政复议案件纠错率']],
		['其中涉法议题42个，合法性审查率100%。', ['涉法议题', '合法性审查率']],
		['受理群众诉求4.6万件，按时办结率99.2%。', ['受理群众诉求', '按时办结率']],
		['收到行政复议申请1204件，受理1087件，审结1042件。', ['行政复议申请', '受理行政复议申请', '审结行政复议申请']],
		// A copula after a streak: the figure belongs to the subject before the streak.
		['行政机关负责人出庭应诉率连续三年保持100%。', ['行政机关负责人出庭应诉率连续保持', '行政机关负责人出庭应诉率']],
		// A change of the previous figure; an object carries over a semicolon; case outcomes borrow the object.
		[
			'全年新收行政复议案件512件，同比增长18.5%；审结497件，其中维持312件、撤销41件。',
			['新收行政复议案件', '新收行政复议案件同比增长', '审结行政复议案件', '维持行政复议案件', '撤销行政复议案件'],
		],
		[
			'行政诉讼一审案件286件，较上年下降6.2%，行政机关败诉率降至4.9%。',
			['行政诉讼一审案件', '行政诉讼一审案件较上年下降', '行政机关败诉率'],
		],
		// Figures given respectively (分别), in the order of what they belong to.
		['参考率、合格率分别为99.6%和99.1%。', ['参考率', '合格率']],
		[
			'全市律师事务所达到128家、执业律师1530人，分别比2021年增加7家和112人。',
			['律师事务所', '执业律师', '律师事务所增加', '执业律师增加'],
		],
		// 批次 is one unit; 涉及 and 或 are whole words.
		['发布普法责任清单3批次，涉及76家单位。', ['普法责任清单', '涉及单位']],
		['为政府挽回或避免损失约1.8亿元。', ['避免损失']],
		// No stray joint at either end.
		['明确34个大项、66个小项重点任务。', ['大项', '小项重点任务']],
	])('%s', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});
