import type { Kansberoep, SourceRef } from '$lib/shared/matching/catalogue-schema';
import { createOutlookLookup } from '$lib/shared/matching/outlook';
import { occupationById } from '$lib/data/taxonomy';

/**
 * Demo Kansberoepenlijst Twente. TFvV art. 4 refers to UWV's Kansberoepenlijst for Regio Twente,
 * which is not in our research notes; these entries follow the tekortsectoren the regional
 * documents name and are marked unverified until a beheerder loads the official list.
 */
const TEKORT_TWENTE: SourceRef = {
	title: 'Werkcentrum Twente (2025): tekortsectoren techniek, ICT en zorg, en bouw',
	url: null,
	reference: 'seed 001, regels 148 en 176 (onderzoeksnotities seeds_001_002_003.md)'
};
const PANTEIA: SourceRef = {
	title: 'Regionale studie 2022 (Panteia): tekort aan technische beroepen, bouw, zorg en vrachtwagenchauffeurs',
	url: null,
	reference: 'seed 002, regel 341 (onderzoeksnotities seeds_001_002_003.md)'
};
const NO_SOURCE: SourceRef = {
	title: 'Voorbeeldinvulling zonder bron, om de werking van "krimp" te tonen',
	url: null,
	reference: 'Vervangen door de officiële UWV Kansberoepenlijst Regio Twente'
};

const CHECKED_AT = '2026-11-22';

const entry = (occupationId: string, outlook: Kansberoep['outlook'], source: SourceRef): Kansberoep => ({
	occupationId,
	outlook,
	source,
	checkedAt: CHECKED_AT,
	verified: false,
	demo: true
});

export const KANSBEROEPEN: readonly Kansberoep[] = [
	...['cnc-verspaner', 'lasser', 'constructiebankwerker', 'onderhoudsmonteur', 'mechatronicus', 'elektromonteur', 'installatiemonteur', 'servicemonteur-warmtepompen', 'monteur-zonnepanelen'].map((id) =>
		entry(id, 'kansberoep', TEKORT_TWENTE)
	),
	...['verzorgende-ig', 'mbo-verpleegkundige', 'begeleider-gehandicaptenzorg', 'helpende-zorg-welzijn'].map((id) => entry(id, 'kansberoep', TEKORT_TWENTE)),
	...['servicedesk-medewerker', 'ict-beheerder', 'softwareontwikkelaar'].map((id) => entry(id, 'kansberoep', TEKORT_TWENTE)),
	...['timmerman', 'metselaar', 'uitvoerder-bouw', 'machinist-grondverzet'].map((id) => entry(id, 'kansberoep', TEKORT_TWENTE)),
	entry('vrachtwagenchauffeur', 'kansberoep', PANTEIA),
	entry('medewerker-supermarkt', 'krimp', NO_SOURCE),
	entry('administratief-medewerker', 'krimp', NO_SOURCE)
];

/** Listed outlook; 'neutraal' for a known occupation that is not listed; 'onbekend' for an unknown id. */
export const occupationOutlook = createOutlookLookup(KANSBEROEPEN, (id) => occupationById(id) !== undefined);
