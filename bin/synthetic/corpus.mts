/**
 * A deterministic generator of SYNTHETIC reports for tests and benchmarks, built from the bundled 晋城市 2023
 * report: each one gets an invented region and year, perturbed figures, reworded labels and shuffled
 * sub-sections. Every generated title says 合成测试数据（非真实报告）: none of these figures is real.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const SEED = join(fileURLToPath(new URL('../../seeds/jincheng-2023.md', import.meta.url)));

/** mulberry32: a small, fast, seedable PRNG, so that the same arguments give the same corpus. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = '安平宁和顺泰康乐丰盛华清远长青山川河阳明德';

/** Invented place names: 试安平县, 试安宁县 … (试 marks them as test data). */
export function regionName(k: number): string {
	const n = SYLLABLES.length;
	return `试${SYLLABLES[Math.floor(k / n) % n]}${SYLLABLES[k % n]}县`;
}

const REWORDINGS: readonly (readonly [string, string])[] = [
	['研究审议法治议题', '研究法治议题'],
	['群众回访满意率', '群众满意率'],
	['办理行政复议案件', '受理行政复议案件'],
	['挽回经济损失', '减少经济损失'],
	['提供法律服务', '开展法律服务'],
	['发放宣传资料', '印发宣传资料'],
];

function perturb(text: string, rand: () => number): string {
	// Figures only: digits not followed by 年/月/日 and not inside “” (codes such as “12345”).
	return text.replace(/(?<![“\d.])(\d+(?:\.\d+)?)(?![\d.]*\s*[年月日”])/g, m => {
		if (/^(?:19|20)\d\d$/.test(m)) return m; // years in ranges such as 2021-2025
		const value = Number(m);
		const factor = 0.7 + rand() * 0.6;
		return m.includes('.')
			? (value * factor).toFixed(m.split('.')[1]!.length)
			: String(Math.max(1, Math.round(value * factor)));
	});
}

/** Shuffles the run-in sub-sections (**（一）…**) of each top-level section. */
function shuffleSubsections(body: string, rand: () => number): string {
	return body.replace(/((?:\*\*（[一二三四五六七八九十]+）[^\n]*\n\n?(?:(?!\*\*（|#|\n#)[^\n]*\n\n?)*)+)/g, block => {
		const parts = block.split(/(?=\*\*（[一二三四五六七八九十]+）)/).filter(Boolean);
		for (let i = parts.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[parts[i], parts[j]] = [parts[j]!, parts[i]!];
		}
		const numerals = '一二三四五六七八九十';
		return parts.map((p, k) => p.replace(/^\*\*（[一二三四五六七八九十]+）/, `**（${numerals[k]}）`)).join('');
	});
}

let seedText: string | undefined;

export interface SyntheticReport {
	readonly region: string;
	readonly year: number;
	readonly text: string;
}

/**
 * One synthetic report. `name` gives it a real place's name (for tests and benchmarks of the division hierarchy);
 * its title still says 合成测试数据（非真实报告）, and every figure is invented.
 */
export function syntheticReport(regionIndex: number, year: number, name?: string): SyntheticReport {
	const rand = random(regionIndex * 7919 + year);
	seedText ??= readFileSync(SEED, 'utf8');
	const seed = seedText;
	const region = name ?? regionName(regionIndex);
	const body = seed
		.slice(seed.indexOf('\n', seed.indexOf('# ')) + 1)
		.replaceAll('晋城市', region)
		.replaceAll('2023', String(year))
		.replaceAll('2024', String(year + 1));
	let text = perturb(shuffleSubsections(body, rand), rand);
	for (const [from, to] of REWORDINGS) if (rand() < 0.5) text = text.replaceAll(from, to);
	const title = `# ${region}人民政府 关于${region} ${year} 年法治政府建设工作情况的报告（合成测试数据，非真实报告）`;
	return {region, year, text: `${title}\n\n${text}`};
}

/** `count` reports over regions × `years` consecutive years ending in 2023. */
export function syntheticCorpus(count: number, years = 10): SyntheticReport[] {
	return Array.from({length: count}, (_, k) => syntheticReport(Math.floor(k / years), 2023 - (k % years)));
}
