/**
 * The Regions screen's data, read from the store (the explorer's shell calls it): the measure of a figure (else the
 * one most reports share) across every stored government, each government's figure of it in each stored year. The
 * cross-report index answers: the measures, then each year's figures of that measure's keys (a byte search).
 */
import {measureKeys} from '../../core/measures.js';
import {levelOf} from '../../core/panel.js';
import {divisionByCode, parentOf} from '../../core/region/gazetteer.js';
import type {Indicator} from '../../core/types.js';
import {getOrCreate} from '../../core/memo.js';
import type {Store} from '../../store/store.js';
import type {TuiData} from '../data.js';
import type {RegionRow, RegionsData} from './model.js';

function parents(code: string): string {
	const names: string[] = [];
	const d = divisionByCode(code);
	for (let p = d && parentOf(d); p; p = parentOf(p)) names.unshift(p.name);
	return names.join(' ');
}

/** null when the store has no measure at all (no figure in any report). */
export async function loadRegions(
	store: Store,
	data: TuiData,
	shownYear: number,
	figure?: Indicator,
): Promise<RegionsData | null> {
	const table = await store.measures();
	let measure = table.measures[0];
	if (figure) {
		const year = data.byYear.get(figure.year);
		const k = year ? year.indicators.findIndex(i => i.id === figure.id) : -1;
		const key = year && k >= 0 ? measureKeys(year.report, year.indicators)[k] : undefined;
		measure = table.measures.find(m => key !== undefined && m.keys.includes(key)) ?? measure;
	}
	if (!measure) return null;
	// Governments only, as rank compares them: a department is not its government, a town not a county.
	const governments = new Map(store.bodies.filter(b => !b.department && !b.town).map(b => [b.key, b]));
	const years = [...new Set(store.bodies.flatMap(b => b.years))].sort((a, b) => a - b);
	const shown = figure?.year ?? (years.includes(shownYear) ? shownYear : years[years.length - 1]!);
	const rows = new Map<string, {row: Omit<RegionRow, 'figures'>; figures: (Indicator | null)[]}>();
	const rowOf = (body: string) => {
		const b = governments.get(body)!;
		return getOrCreate(rows, body, () => ({
			row: {body, region: b.region, regionCode: b.regionCode, level: levelOf(b), parents: parents(b.regionCode)},
			figures: years.map(() => null),
		}));
	};
	// Every year's values come with the measures (each report's values are kept beside its keys): the trend and Δ
	// read no figure file. The year on show is read whole (sentences and sections: the status line, Enter).
	for (const v of table.valuesOf(measure)) {
		const body = v.slot.slice(0, v.slot.lastIndexOf('@'));
		if (!governments.has(body) || v.year === shown) continue;
		const b = governments.get(body)!;
		rowOf(body).figures[years.indexOf(v.year)] = {
			id: `${b.region}-${v.year}`,
			region: b.region,
			year: v.year,
			sectionId: '',
			sectionTitle: '',
			label: measure.name,
			value: v.value,
			unit: measure.unit,
			qualifier: null,
			raw: '',
			sentence: '',
			offset: 0,
		};
	}
	await store.readIndex(async index => {
		const reports = (await index.reports(shown)).filter(r => governments.has(r.body));
		const found = index.indicators(shown, reports, [], measure.keyIds);
		for (const r of reports) {
			const own = found.get(r.slot)?.[0];
			if (own) rowOf(r.body).figures[years.indexOf(shown)] = own;
		}
	});
	return {
		measure: {
			id: measure.id,
			name: measure.name,
			unit: measure.unit,
			reports: measure.reports,
			regions: measure.regions,
		},
		year: shown,
		years,
		rows: [...rows.values()].map(({row, figures}) => ({...row, figures})),
	};
}
