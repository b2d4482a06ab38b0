import type { SourceRef } from '$lib/shared/matching/catalogue-schema';

/** Sources behind the funding rules (docs/product.md §6.2-6.3; all of them listed in §12). */
export const SOURCES = {
	tfvvVerordening: {
		title: 'Subsidieverordening Twents Fonds voor Vakmanschap, gemeente Enschede (CVDR631008), artikel 4',
		url: 'https://lokaleregelgeving.overheid.nl/CVDR631008',
		reference: 'In werking 23-02-2021, met terugwerkende kracht tot 05-01-2021'
	},
	tfvvProces: {
		title: 'SER: Twents Fonds voor Vakmanschap (aanmelden, loopbaangesprek, scholingsplan, cheque)',
		url: 'https://www.ser.nl/nl/thema/leven-lang-ontwikkelen/samenwerking-in-ontwikkeling/twents-fonds-vakmanschap',
		reference: null
	},
	tfvvGemeenten: {
		title: 'iKBiNDR: alle Twentse gemeenten steunen het TFvV',
		url: 'https://www.ikbindr.nl/zakelijk/verhalen/alle-twentse-gemeenten-steunen-tfvv',
		reference: null
	},
	tfvvDoelgroep: {
		title: 'LLO-agenda Twente 2021: doelgroep "tot en met mbo niveau 4"',
		url: null,
		reference: 'PROOF Adviseurs, visie en agenda Leven Lang Ontwikkelen Twente, concept-eindrapportage voor het Bestuurlijk Werkbedrijf Twente (oktober 2021), § 3.3'
	},
	productCofinanciering: {
		title: 'Productregels Talentpaspoort Twente: cofinanciering verplicht sinds 2022',
		url: null,
		reference: 'docs/product.md §6.3; niet bevestigd door een openbare bron, het aandeel is een voorbeeldwaarde'
	},
	ooFondsen: {
		title: 'LLO-agenda Twente 2021: branchevoorzieningen en O&O-fondsen (vouchers, cao-faciliteiten)',
		url: null,
		reference: 'PROOF Adviseurs, visie en agenda Leven Lang Ontwikkelen Twente, concept-eindrapportage voor het Bestuurlijk Werkbedrijf Twente (oktober 2021), § 4.3 en § 6.2'
	},
	slim: {
		title: 'Rendement: einde STAP-budget, restant naar tijdelijke regeling individuele scholing binnen SLIM 2024-2027',
		url: 'https://www.rendement.nl/opleiding-en-ontwikkeling/nieuws/einde-van-stap-budget-voor-opleidingen-wat-nu.html',
		reference: 'SLIM wordt aangevraagd door werkgevers, niet door burgers'
	},
	llo: {
		title: 'Opleidingvinden: dossier leven lang ontwikkelen (voucher, leerrekening of leerrecht onderzocht)',
		url: 'https://www.opleidingvinden.nl/dossier-llo',
		reference: null
	},
	levenlanglerenkrediet: {
		title: 'HR-kiosk: ontwikkeling, studie en onderwijs (DUO levenlanglerenkrediet, een lening)',
		url: 'https://www.hr-kiosk.nl/hoofdstuk/opleidingen/opleidingen-inleiding/ontwikkeling-studie-en-onderwijs',
		reference: null
	},
	stapBedrag: {
		title: 'NU.nl: maximaal 1000 euro per persoon per jaar voor scholing (STAP)',
		url: 'https://www.nu.nl/economie/6270597/laatste-kans-op-1000-euro-voor-scholing-met-ruime-keuze-uit-opleidingen.html',
		reference: null
	},
	stapEinde: {
		title: 'FashionUnited: STAP-budget houdt op te bestaan, laatste ronde 15 november 2023',
		url: 'https://fashionunited.nl/nieuws/business/bekritiseerde-stap-budget-houdt-na-bijna-twee-jaar-op-te-bestaan/2023111659112',
		reference: null
	}
} as const satisfies Record<string, SourceRef>;

/**
 * The day the rules were checked against archived copies of the sources, not against the live pages:
 * a beheerder re-checks and bumps this date (docs/product.md §6.2).
 */
export const CHECKED_AT = '2026-11-22';
