/**
 * Departments: who, below a government, writes its own rule-of-law report (司法局, 交通运输局, 市场监督管理局),
 * and the departments of the central government, which belong to no province.
 */

/** The central government's departments and agencies whose reports name no place (国务院组成部门, 直属机构). */
export const NATIONAL_DEPARTMENTS = [
	'外交部',
	'国防部',
	'国家发展和改革委员会',
	'教育部',
	'科学技术部',
	'工业和信息化部',
	'国家民族事务委员会',
	'公安部',
	'国家安全部',
	'民政部',
	'司法部',
	'财政部',
	'人力资源和社会保障部',
	'自然资源部',
	'生态环境部',
	'住房和城乡建设部',
	'交通运输部',
	'水利部',
	'农业农村部',
	'商务部',
	'文化和旅游部',
	'国家卫生健康委员会',
	'退役军人事务部',
	'应急管理部',
	'中国人民银行',
	'审计署',
	'海关总署',
	'国家税务总局',
	'国家市场监督管理总局',
	'国家金融监督管理总局',
	'中国证券监督管理委员会',
	'国家广播电视总局',
	'国家体育总局',
	'国家统计局',
	'国家国际发展合作署',
	'国家医疗保障局',
	'国务院参事室',
	'国家机关事务管理局',
	'国家知识产权局',
	'国家移民管理局',
	'国家林业和草原局',
	'国家铁路局',
	'中国民用航空局',
	'国家邮政局',
	'国家文物局',
	'国家中医药管理局',
	'国家矿山安全监察局',
	'国家消防救援局',
	'国家外汇管理局',
	'国家药品监督管理局',
	'国家数据局',
	'国家能源局',
	'国家烟草专卖局',
	'国家粮食和物资储备局',
	'国家国防科技工业局',
	'国家信访局',
] as const;

/** A department's name: 交通运输局, 市场监督管理局, 政务办, 司法厅 (the government itself, 人民政府, is not one). */
export const DEPARTMENT = /^[\u4e00-\u9fff]{2,14}?(?:管理局|总局|委员会|办公室|局|厅|委|办|署|中心)$/u;

/** Organs that are the government or the party committee, not a department of it. */
const NOT_DEPARTMENTS =
	/^(?:人民政府|政府|党委|委|[省市县区州旗]委|常委会|人大常委会|人民代表大会常务委员会|政协|人大)$/u;

export function isDepartment(name: string): boolean {
	return DEPARTMENT.test(name) && !NOT_DEPARTMENTS.test(name);
}

/**
 * The department of a system a report speaks for ("全市司法行政系统" → 司法局), for reports whose title is lost.
 * Only systems whose department name cannot be mistaken are listed.
 */
export const SYSTEM_DEPARTMENTS: Readonly<Record<string, {readonly province: string; readonly local: string}>> = {
	司法行政: {province: '司法厅', local: '司法局'},
	交通运输: {province: '交通运输厅', local: '交通运输局'},
	市场监管: {province: '市场监督管理局', local: '市场监督管理局'},
	生态环境: {province: '生态环境厅', local: '生态环境局'},
	自然资源: {province: '自然资源厅', local: '自然资源局'},
	人力资源社会保障: {province: '人力资源和社会保障厅', local: '人力资源和社会保障局'},
	住房城乡建设: {province: '住房和城乡建设厅', local: '住房和城乡建设局'},
	公安: {province: '公安厅', local: '公安局'},
	税务: {province: '税务局', local: '税务局'},
	应急管理: {province: '应急管理厅', local: '应急管理局'},
};
