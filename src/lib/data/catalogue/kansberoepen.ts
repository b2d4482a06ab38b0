import type { Kansberoep, SourceRef } from '$lib/shared/matching/catalogue-schema';
import { createOutlookLookup } from '$lib/shared/matching/outlook';
import { occupationById } from '$lib/data/taxonomy';

/**
 * Demo Kansberoepenlijst Twente (docs/product.md §5.2). TFvV art. 4 refers to UWV's Kansberoepenlijst
 * for Regio Twente, which is not part of this repository; these entries follow the tekortsectoren that
 * regional documents name and are marked unverified until a beheerder loads the official list.
 */
const TEKORT_TWENTE: SourceRef = {
	title: 'Perspectiefdocument Strategische Agenda en arbeidsmarktinfrastructuur arbeidsmarktregio Twente (2023): techniek, ICT en zorg, en bouw',
	url: null,
	reference: 'Bijlage 1 bij de raadsinformatiebrief Hervorming arbeidsmarktinfrastructuur, gemeente Hengelo (27 mei 2025); hoofdstuk 3 en 4'
};
const PANTEIA: SourceRef = {
	title: 'Regionale samenwerking leren en werken (2022): tekort aan technische beroepen, bouw, zorg en vrachtwagenchauffeurs',
	url: null,
	reference: 'PROOF Adviseurs en Berenschot voor de Commissie Macrodoelmatigheid mbo (2 september 2022), § 2.1, cijfers van Panteia; over Achterhoek, Zeeland en Zuid-Limburg, niet over Twente'
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
