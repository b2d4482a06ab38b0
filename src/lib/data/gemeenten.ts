/**
 * The 14 gemeenten of the labour-market region Twente, the area Werkcentrum Twente and the
 * Twents Fonds voor Vakmanschap serve. `cbsCode` is the CBS gemeentecode (GMxxxx), the key
 * regional statistics use, so KPIs per gemeente can be joined with CBS data later.
 */
export const GEMEENTEN = [
	{ id: 'almelo', name: 'Almelo', cbsCode: 'GM0141' },
	{ id: 'borne', name: 'Borne', cbsCode: 'GM0147' },
	{ id: 'dinkelland', name: 'Dinkelland', cbsCode: 'GM1774' },
	{ id: 'enschede', name: 'Enschede', cbsCode: 'GM0153' },
	{ id: 'haaksbergen', name: 'Haaksbergen', cbsCode: 'GM0158' },
	{ id: 'hellendoorn', name: 'Hellendoorn', cbsCode: 'GM0163' },
	{ id: 'hengelo', name: 'Hengelo', cbsCode: 'GM0164' },
	{ id: 'hof-van-twente', name: 'Hof van Twente', cbsCode: 'GM1735' },
	{ id: 'losser', name: 'Losser', cbsCode: 'GM0168' },
	{ id: 'oldenzaal', name: 'Oldenzaal', cbsCode: 'GM0173' },
	{ id: 'rijssen-holten', name: 'Rijssen-Holten', cbsCode: 'GM1742' },
	{ id: 'tubbergen', name: 'Tubbergen', cbsCode: 'GM0183' },
	{ id: 'twenterand', name: 'Twenterand', cbsCode: 'GM1700' },
	{ id: 'wierden', name: 'Wierden', cbsCode: 'GM0189' }
] as const satisfies readonly { id: string; name: string; cbsCode: string | null }[];

export type GemeenteId = (typeof GEMEENTEN)[number]['id'];

export const BUITEN_TWENTE = { id: 'buiten-twente', name: 'Buiten Twente', cbsCode: null } as const;

export type WoonplaatsId = GemeenteId | typeof BUITEN_TWENTE.id;

export interface WoonplaatsOption {
	id: WoonplaatsId;
	name: string;
	cbsCode: string | null;
}

/** What the profile form offers: the Twente gemeenten alphabetically, "Buiten Twente" last. */
export const WOONPLAATS_OPTIONS: readonly WoonplaatsOption[] = [...GEMEENTEN, BUITEN_TWENTE];

const GEMEENTE_IDS: ReadonlySet<string> = new Set(GEMEENTEN.map((gemeente) => gemeente.id));

export function isGemeenteId(value: string): value is GemeenteId {
	return GEMEENTE_IDS.has(value);
}

export function isWoonplaatsId(value: string): value is WoonplaatsId {
	return value === BUITEN_TWENTE.id || GEMEENTE_IDS.has(value);
}
