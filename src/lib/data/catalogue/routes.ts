import type { Modality } from '$lib/shared/matching/catalogue-schema';

/**
 * One row per occupation: the school route to it, an optional BBL place, an optional short
 * certificaattraject for its core skills, and demo vacatures. Skills are not listed here: the
 * offers take them from the taxonomy's occupation, so every skill id in the catalogue exists.
 */
export interface OccupationRoute {
	occupationId: string;
	school: string;
	schoolGemeente: string;
	weeks: number;
	cost: number;
	modality: Modality;
	/** Employer offering a BBL place towards this occupation. */
	bbl?: string;
	/** A short certificaattraject teaching the occupation's first three (core) skills. */
	module?: { provider: string; weeks: number; cost: number };
	/** [employer, gemeente, hours min, hours max] */
	vacatures: readonly (readonly [string, string, number, number])[];
}

const ROC = 'roc-van-twente';
const ZONE = 'zone-college';

export const ROUTES: readonly OccupationRoute[] = [
	// techniek
	{ occupationId: 'cnc-verspaner', school: ROC, schoolGemeente: 'hengelo', weeks: 78, cost: 3200, modality: 'hybride', bbl: 'demo-metaalwerken-hengelo', module: { provider: 'demo-techniekacademie', weeks: 10, cost: 2450 }, vacatures: [['demo-metaalwerken-hengelo', 'hengelo', 38, 40], ['demo-machinefabriek-almelo', 'almelo', 32, 40]] },
	{ occupationId: 'lasser', school: ROC, schoolGemeente: 'hengelo', weeks: 52, cost: 2400, modality: 'klassikaal', bbl: 'demo-machinefabriek-almelo', module: { provider: 'demo-techniekacademie', weeks: 8, cost: 1950 }, vacatures: [['demo-metaalwerken-hengelo', 'hengelo', 36, 40], ['demo-machinefabriek-almelo', 'almelo', 38, 40]] },
	{ occupationId: 'constructiebankwerker', school: ROC, schoolGemeente: 'hengelo', weeks: 52, cost: 2400, modality: 'klassikaal', bbl: 'demo-metaalwerken-hengelo', vacatures: [['demo-metaalwerken-hengelo', 'hengelo', 38, 40]] },
	{ occupationId: 'onderhoudsmonteur', school: ROC, schoolGemeente: 'almelo', weeks: 78, cost: 3100, modality: 'hybride', bbl: 'demo-voedingsbedrijf-borne', module: { provider: 'demo-techniekacademie', weeks: 12, cost: 2750 }, vacatures: [['demo-voedingsbedrijf-borne', 'borne', 36, 40], ['demo-machinefabriek-almelo', 'almelo', 38, 40]] },
	{ occupationId: 'operator-productie', school: ROC, schoolGemeente: 'almelo', weeks: 40, cost: 1800, modality: 'werkplek', bbl: 'demo-voedingsbedrijf-borne', vacatures: [['demo-voedingsbedrijf-borne', 'borne', 24, 40], ['demo-machinefabriek-almelo', 'almelo', 32, 40]] },
	{ occupationId: 'mechatronicus', school: ROC, schoolGemeente: 'hengelo', weeks: 104, cost: 4200, modality: 'hybride', module: { provider: 'demo-techniekacademie', weeks: 6, cost: 1650 }, vacatures: [['demo-machinefabriek-almelo', 'almelo', 36, 40]] },
	{ occupationId: 'monteur-assemblage', school: ROC, schoolGemeente: 'enschede', weeks: 26, cost: 1200, modality: 'werkplek', vacatures: [['demo-machinefabriek-almelo', 'almelo', 24, 38]] },
	// zorg en welzijn
	{ occupationId: 'verzorgende-ig', school: ROC, schoolGemeente: 'enschede', weeks: 78, cost: 2900, modality: 'hybride', bbl: 'demo-zorggroep-enschede', module: { provider: 'demo-zorgacademie', weeks: 12, cost: 1450 }, vacatures: [['demo-zorggroep-enschede', 'enschede', 16, 32], ['demo-thuiszorg-oldenzaal', 'oldenzaal', 20, 28]] },
	{ occupationId: 'helpende-zorg-welzijn', school: ROC, schoolGemeente: 'almelo', weeks: 52, cost: 1900, modality: 'hybride', bbl: 'demo-thuiszorg-oldenzaal', vacatures: [['demo-thuiszorg-oldenzaal', 'losser', 12, 24], ['demo-zorggroep-enschede', 'enschede', 16, 24]] },
	{ occupationId: 'mbo-verpleegkundige', school: ROC, schoolGemeente: 'enschede', weeks: 130, cost: 4500, modality: 'hybride', bbl: 'demo-zorggroep-enschede', vacatures: [['demo-zorggroep-enschede', 'enschede', 24, 36], ['demo-thuiszorg-oldenzaal', 'oldenzaal', 24, 32]] },
	{ occupationId: 'begeleider-gehandicaptenzorg', school: ROC, schoolGemeente: 'hengelo', weeks: 104, cost: 3800, modality: 'hybride', vacatures: [['demo-zorggroep-enschede', 'hengelo', 24, 32]] },
	{ occupationId: 'begeleider-maatschappelijke-zorg', school: ROC, schoolGemeente: 'enschede', weeks: 104, cost: 3800, modality: 'hybride', vacatures: [['demo-zorggroep-enschede', 'enschede', 24, 32]] },
	{ occupationId: 'doktersassistent', school: ROC, schoolGemeente: 'enschede', weeks: 104, cost: 3600, modality: 'klassikaal', module: { provider: 'demo-zorgacademie', weeks: 8, cost: 1150 }, vacatures: [['demo-zorggroep-enschede', 'haaksbergen', 20, 32]] },
	// logistiek
	{ occupationId: 'logistiek-medewerker', school: ROC, schoolGemeente: 'hengelo', weeks: 40, cost: 1600, modality: 'werkplek', bbl: 'demo-distributiecentrum-almelo', vacatures: [['demo-distributiecentrum-almelo', 'almelo', 32, 40], ['demo-transport-hengelo', 'hengelo', 24, 40]] },
	{ occupationId: 'orderpicker', school: ROC, schoolGemeente: 'almelo', weeks: 20, cost: 800, modality: 'werkplek', vacatures: [['demo-distributiecentrum-almelo', 'almelo', 20, 40], ['demo-distributiecentrum-almelo', 'almelo', 12, 20]] },
	{ occupationId: 'vrachtwagenchauffeur', school: 'demo-logistiek-trainingen', schoolGemeente: 'hengelo', weeks: 16, cost: 5400, modality: 'klassikaal', bbl: 'demo-transport-hengelo', vacatures: [['demo-transport-hengelo', 'hengelo', 40, 40], ['demo-distributiecentrum-almelo', 'almelo', 32, 40]] },
	{ occupationId: 'pakketbezorger', school: 'demo-logistiek-trainingen', schoolGemeente: 'hengelo', weeks: 4, cost: 450, modality: 'werkplek', vacatures: [['demo-distributiecentrum-almelo', 'enschede', 16, 32]] },
	{ occupationId: 'logistiek-planner', school: ROC, schoolGemeente: 'hengelo', weeks: 78, cost: 3300, modality: 'hybride', vacatures: [['demo-transport-hengelo', 'hengelo', 36, 40]] },
	// bouw en infra
	{ occupationId: 'timmerman', school: 'demo-bouwopleider', schoolGemeente: 'rijssen-holten', weeks: 78, cost: 2900, modality: 'werkplek', bbl: 'demo-bouwbedrijf-rijssen', vacatures: [['demo-bouwbedrijf-rijssen', 'rijssen-holten', 38, 40], ['demo-bouwbedrijf-rijssen', 'wierden', 32, 40]] },
	{ occupationId: 'metselaar', school: 'demo-bouwopleider', schoolGemeente: 'rijssen-holten', weeks: 78, cost: 2900, modality: 'werkplek', bbl: 'demo-bouwbedrijf-rijssen', vacatures: [['demo-bouwbedrijf-rijssen', 'rijssen-holten', 38, 40]] },
	{ occupationId: 'straatmaker', school: 'demo-bouwopleider', schoolGemeente: 'rijssen-holten', weeks: 52, cost: 2200, modality: 'werkplek', vacatures: [['demo-bouwbedrijf-rijssen', 'hellendoorn', 38, 40]] },
	{ occupationId: 'machinist-grondverzet', school: 'demo-bouwopleider', schoolGemeente: 'rijssen-holten', weeks: 26, cost: 4800, modality: 'werkplek', vacatures: [['demo-bouwbedrijf-rijssen', 'rijssen-holten', 40, 40]] },
	{ occupationId: 'schilder', school: ROC, schoolGemeente: 'enschede', weeks: 52, cost: 2100, modality: 'werkplek', vacatures: [['demo-bouwbedrijf-rijssen', 'enschede', 32, 40]] },
	{ occupationId: 'uitvoerder-bouw', school: 'saxion', schoolGemeente: 'enschede', weeks: 104, cost: 5200, modality: 'hybride', vacatures: [['demo-bouwbedrijf-rijssen', 'rijssen-holten', 40, 40]] },
	// ict
	{ occupationId: 'servicedesk-medewerker', school: ROC, schoolGemeente: 'enschede', weeks: 52, cost: 2600, modality: 'hybride', bbl: 'demo-ict-diensten-enschede', module: { provider: 'demo-digitaal-leerhuis', weeks: 8, cost: 1250 }, vacatures: [['demo-ict-diensten-enschede', 'enschede', 24, 40]] },
	{ occupationId: 'ict-beheerder', school: ROC, schoolGemeente: 'enschede', weeks: 104, cost: 3900, modality: 'hybride', vacatures: [['demo-ict-diensten-enschede', 'enschede', 32, 40], ['demo-machinefabriek-almelo', 'almelo', 36, 40]] },
	{ occupationId: 'softwareontwikkelaar', school: ROC, schoolGemeente: 'enschede', weeks: 104, cost: 3900, modality: 'online', module: { provider: 'demo-digitaal-leerhuis', weeks: 16, cost: 2900 }, vacatures: [['demo-ict-diensten-enschede', 'enschede', 32, 40]] },
	{ occupationId: 'data-analist', school: 'universiteit-twente', schoolGemeente: 'enschede', weeks: 40, cost: 6500, modality: 'hybride', module: { provider: 'saxion', weeks: 12, cost: 2200 }, vacatures: [['demo-ict-diensten-enschede', 'enschede', 32, 40]] },
	// voeding
	{ occupationId: 'productiemedewerker-voedingsindustrie', school: ZONE, schoolGemeente: 'almelo', weeks: 40, cost: 1500, modality: 'werkplek', bbl: 'demo-voedingsbedrijf-borne', vacatures: [['demo-voedingsbedrijf-borne', 'borne', 24, 40], ['demo-voedingsbedrijf-borne', 'borne', 16, 24]] },
	{ occupationId: 'bakker', school: ROC, schoolGemeente: 'hengelo', weeks: 78, cost: 2700, modality: 'werkplek', vacatures: [['demo-supermarkt-twente', 'hof-van-twente', 24, 36]] },
	{ occupationId: 'slager', school: ROC, schoolGemeente: 'hengelo', weeks: 78, cost: 2700, modality: 'werkplek', vacatures: [['demo-voedingsbedrijf-borne', 'borne', 32, 40]] },
	{ occupationId: 'kwaliteitsmedewerker-voeding', school: ZONE, schoolGemeente: 'almelo', weeks: 78, cost: 3300, modality: 'hybride', module: { provider: ZONE, weeks: 10, cost: 1350 }, vacatures: [['demo-voedingsbedrijf-borne', 'borne', 32, 40]] },
	// retail
	{ occupationId: 'verkoopmedewerker', school: ROC, schoolGemeente: 'almelo', weeks: 52, cost: 1700, modality: 'werkplek', vacatures: [['demo-supermarkt-twente', 'hof-van-twente', 12, 28]] },
	{ occupationId: 'medewerker-supermarkt', school: ROC, schoolGemeente: 'almelo', weeks: 26, cost: 900, modality: 'werkplek', vacatures: [['demo-supermarkt-twente', 'hof-van-twente', 8, 24], ['demo-supermarkt-twente', 'haaksbergen', 12, 20]] },
	{ occupationId: 'winkelmanager', school: ROC, schoolGemeente: 'enschede', weeks: 78, cost: 3200, modality: 'hybride', vacatures: [['demo-supermarkt-twente', 'hof-van-twente', 36, 40]] },
	{ occupationId: 'commercieel-medewerker-binnendienst', school: ROC, schoolGemeente: 'hengelo', weeks: 78, cost: 3000, modality: 'online', vacatures: [['demo-installatietechniek-oldenzaal', 'oldenzaal', 32, 40]] },
	// onderwijs en kinderopvang
	{ occupationId: 'pedagogisch-medewerker', school: ROC, schoolGemeente: 'almelo', weeks: 78, cost: 2800, modality: 'hybride', bbl: 'demo-kinderopvang-wierden', vacatures: [['demo-kinderopvang-wierden', 'wierden', 16, 32], ['demo-kinderopvang-wierden', 'almelo', 20, 28]] },
	{ occupationId: 'onderwijsassistent', school: ROC, schoolGemeente: 'hengelo', weeks: 104, cost: 3600, modality: 'hybride', vacatures: [['demo-kinderopvang-wierden', 'twenterand', 20, 32]] },
	{ occupationId: 'praktijkopleider', school: 'saxion', schoolGemeente: 'enschede', weeks: 20, cost: 1900, modality: 'hybride', vacatures: [['demo-zorggroep-enschede', 'enschede', 24, 32]] },
	// schoonmaak en facilitair
	{ occupationId: 'schoonmaakmedewerker', school: 'demo-schoonmaakdiensten-twente', schoolGemeente: 'hengelo', weeks: 6, cost: 350, modality: 'werkplek', vacatures: [['demo-schoonmaakdiensten-twente', 'hengelo', 10, 20], ['demo-schoonmaakdiensten-twente', 'enschede', 16, 30]] },
	{ occupationId: 'allround-schoonmaker', school: 'demo-schoonmaakdiensten-twente', schoolGemeente: 'hengelo', weeks: 12, cost: 750, modality: 'werkplek', vacatures: [['demo-schoonmaakdiensten-twente', 'almelo', 24, 36]] },
	{ occupationId: 'facilitair-medewerker', school: ROC, schoolGemeente: 'hengelo', weeks: 52, cost: 1800, modality: 'hybride', vacatures: [['demo-administratiekantoor-almelo', 'almelo', 24, 32]] },
	{ occupationId: 'beveiliger', school: 'demo-veiligheidsinstituut', schoolGemeente: 'almelo', weeks: 16, cost: 1650, modality: 'klassikaal', vacatures: [['demo-distributiecentrum-almelo', 'almelo', 32, 40]] },
	// horeca
	{ occupationId: 'kok', school: ROC, schoolGemeente: 'enschede', weeks: 78, cost: 2900, modality: 'werkplek', bbl: 'demo-hotel-twente', vacatures: [['demo-hotel-twente', 'dinkelland', 32, 40]] },
	{ occupationId: 'medewerker-bediening', school: ROC, schoolGemeente: 'enschede', weeks: 26, cost: 950, modality: 'werkplek', vacatures: [['demo-hotel-twente', 'dinkelland', 12, 32]] },
	{ occupationId: 'keukenhulp', school: ROC, schoolGemeente: 'enschede', weeks: 12, cost: 450, modality: 'werkplek', vacatures: [['demo-hotel-twente', 'dinkelland', 12, 24]] },
	// agrarisch en groen
	{ occupationId: 'hovenier', school: ZONE, schoolGemeente: 'almelo', weeks: 52, cost: 2100, modality: 'werkplek', bbl: 'demo-groenbedrijf-tubbergen', vacatures: [['demo-groenbedrijf-tubbergen', 'tubbergen', 32, 40]] },
	{ occupationId: 'medewerker-melkveehouderij', school: ZONE, schoolGemeente: 'almelo', weeks: 52, cost: 2100, modality: 'werkplek', vacatures: [['demo-groenbedrijf-tubbergen', 'tubbergen', 24, 40]] },
	{ occupationId: 'medewerker-loonbedrijf', school: ZONE, schoolGemeente: 'almelo', weeks: 78, cost: 2600, modality: 'werkplek', vacatures: [['demo-groenbedrijf-tubbergen', 'dinkelland', 40, 40]] },
	// administratie en zakelijk
	{ occupationId: 'administratief-medewerker', school: ROC, schoolGemeente: 'hengelo', weeks: 52, cost: 2100, modality: 'online', vacatures: [['demo-administratiekantoor-almelo', 'almelo', 20, 32]] },
	{ occupationId: 'financieel-administratief-medewerker', school: ROC, schoolGemeente: 'hengelo', weeks: 78, cost: 3100, modality: 'online', module: { provider: 'demo-digitaal-leerhuis', weeks: 10, cost: 1100 }, vacatures: [['demo-administratiekantoor-almelo', 'almelo', 24, 36]] },
	{ occupationId: 'klantenservicemedewerker', school: ROC, schoolGemeente: 'enschede', weeks: 26, cost: 1200, modality: 'online', vacatures: [['demo-ict-diensten-enschede', 'enschede', 16, 32], ['demo-installatietechniek-oldenzaal', 'oldenzaal', 20, 32]] },
	{ occupationId: 'hr-medewerker', school: 'saxion', schoolGemeente: 'enschede', weeks: 78, cost: 3900, modality: 'hybride', vacatures: [['demo-zorggroep-enschede', 'enschede', 24, 32]] },
	// energie en installatie
	{ occupationId: 'elektromonteur', school: ROC, schoolGemeente: 'hengelo', weeks: 78, cost: 3200, modality: 'hybride', bbl: 'demo-installatietechniek-oldenzaal', module: { provider: 'demo-techniekacademie', weeks: 8, cost: 1750 }, vacatures: [['demo-installatietechniek-oldenzaal', 'oldenzaal', 36, 40], ['demo-installatietechniek-oldenzaal', 'losser', 32, 40]] },
	{ occupationId: 'installatiemonteur', school: ROC, schoolGemeente: 'hengelo', weeks: 52, cost: 2600, modality: 'werkplek', bbl: 'demo-installatietechniek-oldenzaal', vacatures: [['demo-installatietechniek-oldenzaal', 'oldenzaal', 38, 40]] },
	{ occupationId: 'monteur-zonnepanelen', school: 'demo-techniekacademie', schoolGemeente: 'hengelo', weeks: 6, cost: 1450, modality: 'werkplek', vacatures: [['demo-installatietechniek-oldenzaal', 'oldenzaal', 32, 40]] },
	{ occupationId: 'servicemonteur-warmtepompen', school: 'demo-techniekacademie', schoolGemeente: 'hengelo', weeks: 12, cost: 2950, modality: 'hybride', module: { provider: 'demo-techniekacademie', weeks: 3, cost: 895 }, vacatures: [['demo-installatietechniek-oldenzaal', 'oldenzaal', 36, 40]] }
];
