/**
 * The units jcfz reads, once, each with what every part of jcfz needs to know of it — instead of a list per rule
 * (the quantity reader's, the diff's groups and counts, the labeller's). Pure data.
 *
 * - `unit`: as written (万元 is 元 with a multiplier, see quantity.ts); the reader tries longer units first;
 * - `kind`: the unit it means the same as (名 and 位 are 人; 场次 is 场): a diff pairs figures of one kind only;
 * - `count`: a count of things (个 项 件 …), which may change unit from one year to the next (个 → 项);
 * - `measure`: a quantity, not a count of the things named after it (98%, 286.5万元, 3个百分点): the words after
 *   such a figure are never its label;
 * - `notBefore`: a unit followed by one of these characters is part of another word (部门, 条例, 场所);
 * - `names`: the unit is itself the thing counted, an administrative division written as its own counter (对2市4县
 *   开展督察: two cities, four counties): a count of 个 in all but the word, and a unit only after Arabic digits
 *   (三区三州, 两区 are names, not counts) and not before a bracket (6县（市、区）names the divisions as a whole).
 */
export interface UnitEntry {
	readonly unit: string;
	readonly kind?: string;
	readonly count?: true;
	readonly measure?: true;
	readonly notBefore?: RegExp;
	readonly names?: true;
}

export const UNIT_TABLE: readonly UnitEntry[] = [
	{unit: '个百分点', kind: '百分点', measure: true},
	{unit: '个工作日', kind: '工作日'},
	{unit: '百分点', measure: true},
	{unit: '工作日'},
	{unit: '平方米'},
	{unit: '人次'},
	{unit: '场次', kind: '场'},
	{unit: '户次'},
	{unit: '件次'},
	{unit: '批次'},
	{unit: '小时'},
	{unit: '学时'},
	{unit: '课时'},
	{unit: '公里'},
	{unit: '万元'},
	{unit: '亿元'},
	{unit: '件', count: true, notBefore: /^事(?!项)/},
	{unit: '次'},
	{unit: '个', count: true, notBefore: /^[人性体案]/},
	{unit: '家', kind: '个', count: true, notBefore: /^[庭长乡属]/},
	{unit: '项', count: true, notBefore: /^目/},
	{unit: '人', notBefore: /^[民大员才口]/},
	{unit: '名', kind: '人', notBefore: /^[单称义录]/},
	{unit: '场', notBefore: /^[所景地]/},
	{unit: '期', notBefore: /^[间限末刊满]/},
	{unit: '册', count: true},
	{unit: '条', count: true, notBefore: /^[例件款]/},
	{unit: '部', count: true, notBefore: /^[门署分长委]/},
	{unit: '元', measure: true, notBefore: /^[旦素]/},
	{unit: '年', notBefore: /^[度版级代初底末中]/},
	{unit: '%', measure: true},
	{unit: '户'},
	{unit: '所', count: true, notBefore: /^[有在属以谓]/},
	{unit: '批', count: true},
	{unit: '起', count: true},
	{unit: '宗', count: true},
	{unit: '份', count: true},
	{unit: '篇', count: true},
	{unit: '处', count: true, notBefore: /^[理罚置分室长]/},
	{unit: '座', count: true},
	{unit: '支', count: true},
	{unit: '位', kind: '人', notBefore: /^[置于]/},
	{unit: '天'},
	{unit: '本', count: true, notBefore: /^[地级市]/},
	{unit: '套', count: true},
	{unit: '台', notBefore: /^[账]/},
	{unit: '辆'},
	{unit: '亩'},
	{unit: '吨'},
	{unit: '类', count: true, notBefore: /^[型似别]/},
	{unit: '门', count: true, notBefore: /^[户槛诊类]/},
	{unit: '枚', count: true},
	{unit: '张', count: true, notBefore: /^[贴挂扬榜望开]/},
	{unit: '卷', count: true, notBefore: /^[宗入烟轴]/},
	{unit: '种', count: true, notBefore: /^[植子类养草苗田地]/},
	{unit: '市州', kind: '个', count: true, names: true},
	{unit: '市', kind: '个', count: true, names: true, notBefore: /^[场民级委政直属长辖区县州容值内外域（(]/},
	{unit: '县', kind: '个', count: true, names: true, notBefore: /^[级域城委政直属长区市乡镇（(]/},
	{unit: '区', kind: '个', count: true, names: true, notBefore: /^[域级委政直属长县划块位间（(]/},
];

/** Units as written, longest first so that 人次 wins over 人. */
export const UNITS: readonly string[] = UNIT_TABLE.map(u => u.unit).sort((a, b) => b.length - a.length);

const byUnit = new Map(UNIT_TABLE.map(u => [u.unit, u]));

/** The unit a unit means the same as (名 → 人, 场次 → 场); itself when it stands alone. */
export function unitKind(unit: string): string {
	return byUnit.get(unit)?.kind ?? unit;
}

/** Whether a unit (or its kind) counts things. */
export function isCountUnit(unit: string): boolean {
	return byUnit.get(unit)?.count === true;
}

/** Whether a unit measures a quantity rather than counting what is named after it (%, 元, 百分点). */
export function isMeasureUnit(unit: string): boolean {
	return byUnit.get(unit)?.measure === true;
}

/** Whether a unit names the thing it counts (市, 县: see UnitEntry.names). */
export function namesCounted(unit: string): boolean {
	return byUnit.get(unit)?.names === true;
}

/** What may not follow a unit for it to be one, by unit. */
export const NOT_A_UNIT_BEFORE: Readonly<Record<string, RegExp>> = Object.fromEntries(
	UNIT_TABLE.flatMap(u => (u.notBefore ? [[u.unit, u.notBefore]] : [])),
);
