/**
 * Reports named for a change (`jcfz remove`, `jcfz move`): a change is never made to a report the user did not
 * name. A name is REGION-YEAR (晋城市-2023, 140500-2023, 崇义县交通运输局-2023), or a year with `--region`; the
 * default region (`jcfz use`) is not used, and a name that fits no stored report is refused.
 */
import {JcfzError} from '../core/errors.js';
import type {ReportEntry} from '../store/documents.js';
import type {Store} from '../store/store.js';
import {namedEntry, resolveBody} from '../store/scope.js';

/** The stored report a name means (see the module comment). */
export async function namedForChange(store: Store, name: string, region: string | undefined): Promise<ReportEntry> {
	if (/^\s*\d{4}\s*$/.test(name) && region === undefined)
		throw new JcfzError(
			'usage',
			`"${name}" alone does not say whose report: write REGION-YEAR (e.g. 晋城市-${name.trim()}) or add --region`,
			`只写“${name}”不能确定是哪个地区的报告：请写“地区-年份”（如 晋城市-${name.trim()}）或加 --region`,
		);
	return namedEntry(store, name, region);
}

/** Every report of the body `--region` names (for --all-years). */
export async function allOfBody(store: Store, region: string | undefined): Promise<ReportEntry[]> {
	if (region === undefined)
		throw new JcfzError(
			'usage',
			'--all-years needs --region: name the body whose reports go (e.g. --region 晋城市)',
			'--all-years 需要 --region：请指明要删除哪个地区的报告（如 --region 晋城市）',
		);
	return store.entries(resolveBody(store, region));
}
