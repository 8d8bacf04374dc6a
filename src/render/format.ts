/** Figures as people read them: thousands separators, the approximation marker where it is written. */
import type {Indicator, Qualifier} from '../core/types.js';

export function formatNumber(value: number): string {
	const [int, frac] = String(Math.abs(value)).split('.');
	const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${value < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const PREFIX_QUALIFIERS: readonly Qualifier[] = ['近', '约', '超', '逾'];

export function formatValue(value: number, qualifier: Qualifier | null): string {
	const n = formatNumber(value);
	if (!qualifier) return n;
	return PREFIX_QUALIFIERS.includes(qualifier) ? `${qualifier}${n}` : `${n}${qualifier}`;
}

export function formatIndicatorValue(i: Pick<Indicator, 'value' | 'qualifier'>): string {
	return formatValue(i.value, i.qualifier);
}

/** A change: +7, −3, ±0; ≈ in front when either figure is approximate. */
export function formatChange(delta: number, approximate: boolean): string {
	const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
	return `${approximate ? '≈' : ''}${sign}${formatNumber(Math.abs(delta))}`;
}

/** A relative change: ▲38.9%, ▼12.0%, =0.0%. */
export function formatChangePct(pct: number): string {
	const arrow = pct > 0 ? '▲' : pct < 0 ? '▼' : '=';
	return `${arrow}${Math.abs(pct).toFixed(1)}%`;
}
