/** `--within R` (rank, check): the division whose places a command keeps, or a one-line usage error. */
import {JcfzError} from '../core/errors.js';
import {type Division, divisionByCode} from '../core/region/gazetteer.js';
import {resolveRegion} from '../core/region/identify.js';

/** The division `--within` names (undefined when it was not given). */
export function withinDivision(given: string | undefined): Division | undefined {
	if (given === undefined) return undefined;
	const area = divisionByCode(resolveRegion(given).regionCode);
	if (!area)
		throw new JcfzError(
			'usage',
			`--within ${given}: not a division of China; give a province, city or county, e.g. --within 山西省`,
			`--within ${given}：不是行政区；请给出省、市或县，如 --within 山西省`,
		);
	return area;
}
