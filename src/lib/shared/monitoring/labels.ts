import { WOONPLAATS_OPTIONS } from '$lib/data/gemeenten';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { currentModel } from '$lib/shared/apk/registry';
import { intlTag, pickText } from '$lib/shared/locale';
import { HIDDEN, SMALL_GROUP, SUPPRESSED, type Cell, type MonitoringTableId, type ValueKind } from './index';

type MessageFn = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

function message(key: string, locale?: Locale): string | null {
	const fn = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return typeof fn === 'function' ? fn({}, locale ? { locale } : undefined) : null;
}

export function tableTitle(id: MonitoringTableId, locale?: Locale): string {
	return message(`monitoring_table_${id}`, locale) ?? id;
}

export function columnLabel(key: string, locale?: Locale): string {
	return message(`monitoring_col_${key}`, locale) ?? key;
}

export function gemeenteName(id: string, locale?: Locale): string {
	if (id === 'buiten-twente') return message('talentpool_region_buiten-twente', locale) ?? id;
	return WOONPLAATS_OPTIONS.find((o) => o.id === id)?.name ?? message(`monitoring_label_${id}`, locale) ?? id;
}

/** What a row label (a gemeente id, a situation, a status, a month) reads as. */
export function rowLabel(table: MonitoringTableId, label: string, locale?: Locale): string {
	if (label === 'onbekend') return message('monitoring_label_onbekend', locale) ?? label;
	switch (table) {
		case 'bereik_gemeente':
		case 'apk':
			return gemeenteName(label, locale);
		case 'apk_lichten': {
			const title = currentModel().blocks.find((b) => b.id === label)?.title;
			return title ? pickText(title, locale ?? getLocale()) : label;
		}
		case 'bereik_situatie':
			return message(`paspoort_situation_${label}`, locale) ?? label;
		case 'voucher_funnel':
			return message(`voucher_status_${label}`, locale) ?? label;
		case 'evc':
		case 'gesprekken':
		case 'klantervaring':
			return message(`monitoring_label_${label}`, locale) ?? label;
		default:
			return label;
	}
}

/**
 * What a cell reads as on the page and in the CSV: a number as it is, a hidden head count as "< 10", and
 * any other hidden figure (items, money, an average, a percentage, days, or a count hidden for the others)
 * as words that say why.
 */
export function cellText(cell: Cell | undefined, kind: ValueKind, locale?: Locale): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return String(cell);
	if (cell === SUPPRESSED) return kind === 'people' ? SUPPRESSED : (message('monitoring_cell_small', locale) ?? cell);
	if (cell === SMALL_GROUP) return message('monitoring_cell_small', locale) ?? cell;
	if (cell === HIDDEN) return message('monitoring_cell_hidden', locale) ?? cell;
	return cell;
}

/**
 * What a cell reads as on the page: like `cellText`, but a figure is formatted for reading — money in
 * euros, an average or percentage with one decimal, counts with thousands separators. The CSV keeps the
 * plain numbers of `cellText`, so a spreadsheet can compute with them.
 */
export function cellDisplay(cell: Cell | undefined, kind: ValueKind, locale?: Locale): string {
	if (typeof cell !== 'number') return cellText(cell, kind, locale);
	const tag = intlTag(locale ?? getLocale());
	switch (kind) {
		case 'money':
			return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cell);
		case 'average':
		case 'percent':
			return new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(cell);
		default:
			return new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(cell);
	}
}

/** Whether a chart of these rows and parts would draw any bar: false when every cell is hidden or missing. */
export function chartHasBars(rows: readonly { values: Record<string, Cell | undefined> }[], keys: readonly string[]): boolean {
	return rows.some((row) => keys.some((key) => typeof row.values[key] === 'number'));
}

/** A period of the filter: "2026 (heel jaar)" or "Kwartaal 2 van 2026". */
export function periodName(period: string, locale?: Locale): string {
	const [year, quarter] = period.split('-Q');
	const options = locale ? { locale } : undefined;
	return quarter ? m.monitoring_period_quarter({ quarter, year: year ?? period }, options) : m.monitoring_period_year({ year: year ?? period }, options);
}
