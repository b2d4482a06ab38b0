import type { MatchProfile, MatchSkillClaim } from '$lib/shared/matching/types';
import type { SkillSource } from '$lib/shared/sync/entities/skill-claim';

/**
 * The evaluation set for matching: personas written for this project, each with graded
 * relevance judgments for offers in the demo catalogue, made by reading the offers, not by running
 * the matcher. Grades: 3 = should be at the top for this person; 2 = a good option; 1 = related,
 * worth seeing lower down; unjudged = 0 (not relevant). Every judgment has a one-line reason.
 * Offers a persona cannot take (too far, too many hours) are not judged relevant.
 */
export type Grade = 0 | 1 | 2 | 3;

export interface Persona {
	id: string;
	/** One line: who this is. */
	label: string;
	sector: string;
	profile: MatchProfile;
	judgments: Readonly<Record<string, readonly [Grade, string]>>;
}

/** "orderpicken:4 heftruck-rijden" → claims at the given level (default 3) and source (default zelf). */
function skills(list: string, source: SkillSource = 'zelf'): MatchSkillClaim[] {
	return list
		.split(/\s+/)
		.filter(Boolean)
		.map((item) => {
			const [skillId, level] = item.split(':');
			return { skillId: skillId!, level: level ? Number(level) : 3, source };
		});
}

const NL = [{ language: 'Nederlands', level: 'moedertaal' }];

function persona(id: string, label: string, sector: string, profile: Partial<MatchProfile> & Pick<MatchProfile, 'skillClaims'>, judgments: Persona['judgments']): Persona {
	return {
		id,
		label,
		sector,
		profile: { beroepswensen: [], educationLevel: null, woonplaats: 'enschede', constraints: {}, languages: NL, ...profile },
		judgments
	};
}

export const PERSONAS: readonly Persona[] = [
	// --- logistiek ---
	persona(
		'sanne-orderpicker-chauffeur',
		'Orderpicker in Enschede, mbo 2, rijbewijs B, 32 uur, 30 minuten reizen, wil vrachtwagenchauffeur worden (de demo-inwoner)',
		'logistiek',
		{
			skillClaims: skills('orderpicken:4 heftruck-rijden elektrische-pompwagen goederen-ontvangen magazijnsysteem-wms:2 handscanner-gebruiken veilig-werken-vca:2 samenwerken-in-team rijbewijs-b microsoft-excel:1'),
			beroepswensen: ['vrachtwagenchauffeur'],
			drivingLicences: ['B'],
			experienceOccupationIds: ['orderpicker', 'logistiek-medewerker'],
			educationLevel: 'mbo-2',
			employed: true,
			constraints: { hoursPerWeek: 32, maxTravelMinutes: 30 }
		},
		{
			'vac-logistiek-medewerker-2': [3, 'Ze heeft 4 van de 5 gevraagde vaardigheden, in Hengelo, 24 uur kan'],
			'vac-pakketbezorger-1': [2, 'Rijbewijs B en scanner heeft ze; bezorgen is een stap richting de weg'],
			'opl-vrachtwagenchauffeur': [3, 'De opleiding naar haar wens, 16 weken, dichtbij'],
			'crs-rijbewijs-ce': [3, 'Het rijbewijs CE is de kern van haar wens'],
			'crs-lading-zekeren': [2, 'Lading zekeren heeft een chauffeur nodig, kort en goedkoop'],
			'opl-pakketbezorger': [2, 'Leert laden en lossen, wat ze mist voor de logistieke vacature'],
			'opl-logistiek-medewerker': [1, 'Haar eigen vak; leert wat ze mist, maar lang'],
			'opl-logistiek-planner': [1, 'Doorgroei in haar sector, maar mbo 4 en niet haar wens']
		}
	),
	persona(
		'orderpicker-almelo-logistiek',
		'Orderpicker in Almelo, mbo 1, zonder heftruckcertificaat, wil logistiek medewerker worden',
		'logistiek',
		{
			skillClaims: [
				...skills('orderpicken handscanner-gebruiken laden-lossen:2 magazijnsysteem-wms:2', 'zelf'),
				...skills('elektrische-pompwagen:2', 'certificaat'),
				...skills('goederen-ontvangen:2', 'bewijs')
			],
			beroepswensen: ['logistiek-medewerker'],
			experienceOccupationIds: ['orderpicker'],
			educationLevel: 'mbo-1',
			woonplaats: 'almelo',
			constraints: { maxTravelMinutes: 40 }
		},
		{
			'vac-logistiek-medewerker-1': [3, 'Alles behalve heftruck; in Almelo, haar wens'],
			'vac-logistiek-medewerker-2': [3, 'Zelfde vacature in Hengelo, ook haar wens'],
			'vac-orderpicker-1': [3, 'Ze kan dit werk nu al'],
			'vac-orderpicker-2': [2, 'Ze kan dit al, maar minder uren'],
			'crs-heftruck-almelo': [3, 'Het heftruckcertificaat is wat ze mist, een week, in Almelo'],
			'crs-heftruck-hengelo': [3, 'Hetzelfde certificaat in Hengelo'],
			'opl-logistiek-medewerker': [3, 'De diplomaroute naar haar wens'],
			'bbl-logistiek-medewerker': [3, 'Leren en werken naar haar wens'],
			'crs-vca-basis-almelo': [1, 'VCA wordt in magazijnen vaak gevraagd']
		}
	),
	persona(
		'chauffeur-ce-werkzoekend',
		'Vrachtwagenchauffeur met CE uit Hengelo, werkzoekend, mbo 2',
		'logistiek',
		{
			skillClaims: skills('rijbewijs-ce rij-en-rusttijden lading-zekeren vertrekcontrole vrachtdocumenten laden-lossen routes-plannen'),
			drivingLicences: ['B', 'CE'],
			experienceOccupationIds: ['vrachtwagenchauffeur'],
			educationLevel: 'mbo-2',
			woonplaats: 'hengelo'
		},
		{
			'vac-vrachtwagenchauffeur-1': [3, 'Hij past er helemaal bij, in Hengelo'],
			'vac-vrachtwagenchauffeur-2': [3, 'Hij past er helemaal bij, in Almelo'],
			'vac-pakketbezorger-1': [2, 'Rijden en routes plannen kan hij; bezorgen is nieuw'],
			'opl-logistiek-planner': [1, 'Doorgroei naar planning in zijn sector'],
			'crs-heftruck-hengelo': [2, 'Heftruck hoort bij zijn beroep en mist hij nog'],
			'crs-duits-voor-werk': [1, 'Duits helpt chauffeurs naar Duitsland']
		}
	),
	persona(
		'planner-ambitie',
		'Logistiek medewerker in Hengelo, mbo 3, wil logistiek planner worden, werkend',
		'logistiek',
		{
			skillClaims: skills('orderpicken heftruck-rijden goederen-ontvangen laden-lossen handscanner-gebruiken microsoft-excel:2 routes-plannen:2 telefoneren'),
			beroepswensen: ['logistiek-planner'],
			experienceOccupationIds: ['logistiek-medewerker'],
			educationLevel: 'mbo-3',
			woonplaats: 'hengelo',
			employed: true
		},
		{
			'opl-logistiek-planner': [3, 'De opleiding naar zijn wens'],
			'vac-logistiek-medewerker-2': [3, 'Hij kan dit nu al, in Hengelo'],
			'vac-logistiek-medewerker-1': [2, 'Hij kan dit nu al, in Almelo'],
			'vac-logistiek-planner-1': [2, 'Zijn wens; hij mist nog planningsvaardigheden'],
			'crs-excel-gevorderd': [2, 'Planners werken veel met Excel'],
			'crs-duits-voor-werk': [1, 'Planners bellen met Duitse klanten']
		}
	),
	persona(
		'pakketbezorger-deeltijd',
		'Herintreder in Enschede, rijbewijs B, mbo 1, hoogstens 20 uur, wil pakketbezorger worden',
		'logistiek',
		{
			skillClaims: skills('klantgericht-werken zelfstandig-werken rijbewijs-b:3'),
			beroepswensen: ['pakketbezorger'],
			drivingLicences: ['B'],
			educationLevel: 'mbo-1',
			constraints: { hoursPerWeek: 20 }
		},
		{
			'opl-pakketbezorger': [3, 'Korte opleiding naar haar wens, 16 uur per week'],
			'vac-schoonmaakmedewerker-1': [1, 'Kleine baan met weinig uren, geen vaardigheden nodig die ze mist'],
			'lb-loopbaangesprek-enschede': [1, 'Een gesprek helpt bij terugkeren naar werk']
		}
	),
	// --- techniek ---
	persona(
		'lasser-hengelo',
		'Lasser in Hengelo, mbo 2, werkzoekend, wil lasser blijven',
		'techniek',
		{
			skillClaims: skills('mig-mag-lassen tig-lassen elektrodelassen lassen-volgens-wps'),
			beroepswensen: ['lasser'],
			educationLevel: 'mbo-2',
			woonplaats: 'hengelo'
		},
		{
			'vac-lasser-1': [3, 'Hij heeft 4 van de 5 vaardigheden, in Hengelo'],
			'vac-lasser-2': [3, 'Hij heeft 4 van de 5 vaardigheden, in Almelo'],
			'vac-constructiebankwerker-1': [2, 'Verwant metaalwerk'],
			'opl-lasser': [3, 'Het diploma in zijn vak: leert wat hij mist (constructie samenstellen)'],
			'bbl-lasser': [3, 'Leren en werken als lasser'],
			'opl-constructiebankwerker': [2, 'Verwante opleiding die constructie samenstellen leert'],
			'crs-tekening-lezen': [1, 'Tekening lezen helpt in de metaal']
		}
	),
	persona(
		'cnc-omscholing',
		'Operator productie in Almelo, mbo 2, wil CNC-verspaner worden',
		'techniek',
		{
			skillClaims: skills('productiemachines-bedienen productieproces-bewaken machine-instellen:2 kwaliteit-controleren werkinstructies-volgen'),
			beroepswensen: ['cnc-verspaner'],
			experienceOccupationIds: ['operator-productie'],
			educationLevel: 'mbo-2',
			woonplaats: 'almelo'
		},
		{
			'opl-cnc-verspaner': [3, 'De diplomaroute naar zijn wens'],
			'bbl-cnc-verspaner': [3, 'Leren en werken naar zijn wens'],
			'mod-cnc-verspaner': [3, 'Certificaattraject in de kern van CNC'],
			'vac-operator-productie-2': [3, 'Hij kan dit nu, in Almelo'],
			'vac-operator-productie-1': [3, 'Hij kan dit nu, in Borne'],
			'vac-cnc-verspaner-2': [1, 'Zijn wens, maar hij mist de CNC-vaardigheden nog'],
			'crs-tekening-lezen': [2, 'Tekening lezen is nodig voor verspanen']
		}
	),
	persona(
		'monteur-zonder-wens',
		'Monteur assemblage in Enschede, mbo 2, zonder beroepswens',
		'techniek',
		{
			skillClaims: skills('mechanisch-monteren werkinstructies-volgen technische-tekening-lezen bekabelen:2'),
			experienceOccupationIds: ['monteur-assemblage'],
			educationLevel: 'mbo-2'
		},
		{
			'vac-monteur-assemblage-1': [3, 'Hij heeft 4 van de 5 vaardigheden'],
			'vac-onderhoudsmonteur-1': [1, 'Verwant, monteren kan hij; onderhoud is nieuw'],
			'vac-operator-productie-2': [1, 'Werkinstructies volgen kan hij'],
			'opl-monteur-assemblage': [2, 'Het diploma in zijn eigen vak'],
			'opl-onderhoudsmonteur': [2, 'Een stap verder in de techniek'],
			'crs-nen-3140': [1, 'Veilig werken aan elektra, vaak gevraagd in de techniek'],
			'lb-loopbaangesprek-enschede': [2, 'Zonder wens helpt een gesprek kiezen']
		}
	),
	persona(
		'mechatronicus-hbo-wens',
		'Onderhoudsmonteur in Hengelo, mbo 4, wil mechatronicus worden',
		'techniek',
		{
			skillClaims: skills('storingen-verhelpen preventief-onderhoud mechanisch-monteren hydrauliek-pneumatiek elektrische-schemas-lezen'),
			beroepswensen: ['mechatronicus'],
			experienceOccupationIds: ['onderhoudsmonteur'],
			educationLevel: 'mbo-4',
			woonplaats: 'hengelo',
			employed: true
		},
		{
			'opl-mechatronicus': [3, 'Opleiding naar zijn wens'],
			'mod-mechatronicus': [3, 'Kort traject in de kern (PLC, besturing)'],
			'crs-plc-basis': [3, 'PLC programmeren is de grootste stap naar zijn wens'],
			'vac-onderhoudsmonteur-2': [3, 'Hij past er nu al goed bij'],
			'vac-onderhoudsmonteur-1': [3, 'Hij past er nu al goed bij, in Borne'],
			'vac-mechatronicus-1': [2, 'Zijn wens; hij heeft elektrische schema\'s, PLC nog niet']
		}
	),
	persona(
		'elektromonteur-herintreder',
		'Herintreder in Oldenzaal, vroeger elektricien, mbo 3, hoogstens 32 uur',
		'energie',
		{
			skillClaims: skills('elektra-aanleggen elektrisch-meten elektrische-schemas-lezen:2'),
			beroepswensen: ['elektromonteur'],
			experienceOccupationIds: ['elektromonteur'],
			educationLevel: 'mbo-3',
			woonplaats: 'oldenzaal',
			constraints: { hoursPerWeek: 32 }
		},
		{
			'crs-nen-3140': [3, 'Ontbreekt voor de vacatures; een week'],
			'crs-nen-1010': [3, 'Ontbreekt voor de vacatures; drie weken'],
			'mod-elektromonteur': [3, 'Kort traject in de kern van het vak'],
			'opl-elektromonteur': [2, 'Het diploma, lang maar naar zijn wens'],
			'vac-elektromonteur-2': [3, 'In Losser, 32 uur, hij mist twee NEN-certificaten'],
			'vac-monteur-zonnepanelen-1': [2, 'Elektra aanleggen en meten kan hij, 32 uur kan']
		}
	),
	persona(
		'warmtepomp-omscholing',
		'Installatiemonteur in Oldenzaal, mbo 2, wil servicemonteur warmtepompen worden',
		'energie',
		{
			skillClaims: skills('waterleidingen cv-ketels solderen-persen gasinstallaties ventilatie:2 storingen-verhelpen:2'),
			beroepswensen: ['servicemonteur-warmtepompen'],
			experienceOccupationIds: ['installatiemonteur'],
			educationLevel: 'mbo-2',
			woonplaats: 'oldenzaal',
			employed: true
		},
		{
			'mod-servicemonteur-warmtepompen': [3, 'Kort traject naar zijn wens'],
			'opl-servicemonteur-warmtepompen': [3, 'Opleiding naar zijn wens'],
			'crs-f-gassen': [3, 'F-gassen is verplicht voor warmtepompen'],
			'vac-installatiemonteur-1': [3, 'Hij past er nu al bij, in Oldenzaal'],
			'vac-servicemonteur-warmtepompen-1': [2, 'Zijn wens; hij mist warmtepomp en F-gassen'],
			'bbl-installatiemonteur': [1, 'Diploma in zijn eigen vak']
		}
	),
	persona(
		'zonnepanelen-starter',
		'Werkzoekende in Hengelo, mbo 1, geen ervaring, wil monteur zonnepanelen worden',
		'energie',
		{
			skillClaims: skills('samenwerken-in-team werken-op-hoogte:2'),
			beroepswensen: ['monteur-zonnepanelen'],
			educationLevel: 'mbo-1',
			woonplaats: 'hengelo'
		},
		{
			'opl-monteur-zonnepanelen': [3, 'Zes weken naar zijn wens'],
			'crs-nen-3140': [2, 'NEN 3140 wordt gevraagd voor zonnepanelen'],
			'crs-vca-basis-almelo': [1, 'VCA is vaak nodig op het dak'],
			'crs-vca-basis-enschede': [1, 'VCA is vaak nodig op het dak'],
			'vac-monteur-zonnepanelen-1': [2, 'Zijn wens, werken op hoogte kan hij al']
		}
	),
	// --- zorg ---
	persona(
		'helpende-naar-vig',
		'Helpende zorg in Enschede, mbo 2, 24 uur, wil verzorgende IG worden',
		'zorg',
		{
			skillClaims: skills('adl-ondersteuning huishoudelijke-taken maaltijden-verzorgen observeren-signaleren dagactiviteiten'),
			beroepswensen: ['verzorgende-ig'],
			experienceOccupationIds: ['helpende-zorg-welzijn'],
			educationLevel: 'mbo-2',
			employed: true,
			constraints: { hoursPerWeek: 24 }
		},
		{
			'mod-verzorgende-ig': [3, 'Certificaattraject naar haar wens, 6 uur per week'],
			'opl-verzorgende-ig': [3, 'De diplomaroute naar haar wens'],
			'crs-medicatie-veilig': [3, 'Medicatie geven mist ze voor de VIG-vacatures'],
			'vac-helpende-zorg-welzijn-2': [3, 'Ze kan dit nu, in Enschede, 16-24 uur'],
			'vac-helpende-zorg-welzijn-1': [3, 'Ze kan dit nu, in Losser, 12-24 uur'],
			'vac-verzorgende-ig-1': [2, 'Haar wens, 16 uur kan; ze mist zorgplan en medicatie'],
			'vac-verzorgende-ig-2': [2, 'Haar wens in Oldenzaal, 20 uur kan'],
			'crs-dementie': [1, 'Nuttig in de ouderenzorg']
		}
	),
	persona(
		'vig-naar-verpleegkundige',
		'Verzorgende IG in Enschede, mbo 3, wil mbo-verpleegkundige worden',
		'zorg',
		{
			skillClaims: skills('adl-ondersteuning werken-met-zorgplan medicatie-geven observeren-signaleren rapporteren-clientdossier wondverzorging:2', 'gevalideerd'),
			beroepswensen: ['mbo-verpleegkundige'],
			experienceOccupationIds: ['verzorgende-ig'],
			educationLevel: 'mbo-3',
			employed: true
		},
		{
			'opl-mbo-verpleegkundige': [3, 'Opleiding naar haar wens'],
			'bbl-mbo-verpleegkundige': [3, 'Leren en werken naar haar wens'],
			'vac-verzorgende-ig-1': [3, 'Ze past er helemaal bij'],
			'vac-verzorgende-ig-2': [3, 'Ze past er helemaal bij, in Oldenzaal'],
			'crs-wondzorg': [2, 'Wondzorg is een stap naar verpleegkundige'],
			'vac-mbo-verpleegkundige-1': [1, 'Haar wens; ze mist voorbehouden handelingen']
		}
	),
	persona(
		'zij-instromer-zorg',
		'Winkelmedewerker in Hengelo, mbo 2, wil de zorg in als helpende',
		'zorg',
		{
			skillClaims: skills('klanten-adviseren afrekenen-kassa vakken-vullen klantgericht-werken samenwerken-in-team'),
			beroepswensen: ['helpende-zorg-welzijn'],
			experienceOccupationIds: ['verkoopmedewerker'],
			educationLevel: 'mbo-2',
			woonplaats: 'hengelo'
		},
		{
			'opl-helpende-zorg-welzijn': [3, 'De opleiding naar haar wens'],
			'bbl-helpende-zorg-welzijn': [3, 'Leren en werken naar haar wens'],
			'lb-workshop-overstap-zorg': [2, 'Workshop over overstappen naar de zorg'],
			'vac-verkoopmedewerker-1': [2, 'Ze kan dit nu al (3 van 5)'],
			'vac-medewerker-supermarkt-1': [2, 'Ze kan dit nu al'],
			'vac-helpende-zorg-welzijn-2': [1, 'Haar wens, maar ze mist de zorgvaardigheden nog']
		}
	),
	persona(
		'doktersassistent-wens',
		'Administratief medewerker in Haaksbergen, mbo 3, wil doktersassistent worden, hoogstens 24 uur',
		'zorg',
		{
			skillClaims: skills('gegevens-invoeren archiveren zakelijke-correspondentie microsoft-word microsoft-excel:2 telefoneren'),
			beroepswensen: ['doktersassistent'],
			experienceOccupationIds: ['administratief-medewerker'],
			educationLevel: 'mbo-3',
			woonplaats: 'haaksbergen',
			constraints: { hoursPerWeek: 24 }
		},
		{
			'mod-doktersassistent': [3, 'Kort traject naar haar wens, 6 uur per week'],
			'opl-doktersassistent': [3, 'De opleiding naar haar wens'],
			'vac-administratief-medewerker-1': [3, 'Ze kan dit nu, 20 uur kan'],
			'vac-doktersassistent-1': [2, 'Haar wens, 20 uur, in Haaksbergen; medische taken mist ze'],
			'vac-klantenservicemedewerker-1': [1, 'Telefoneren kan ze, 16 uur kan']
		}
	),
	persona(
		'begeleider-ghz',
		'Helpende in Hengelo, mbo 2, werkt met mensen met een beperking, wil begeleider gehandicaptenzorg worden',
		'zorg',
		{
			skillClaims: skills('adl-ondersteuning dagactiviteiten begeleiden-mensen-met-beperking:2 observeren-signaleren'),
			beroepswensen: ['begeleider-gehandicaptenzorg'],
			experienceOccupationIds: ['helpende-zorg-welzijn'],
			educationLevel: 'mbo-2',
			woonplaats: 'hengelo',
			employed: true
		},
		{
			'opl-begeleider-gehandicaptenzorg': [3, 'De opleiding naar haar wens'],
			'vac-helpende-zorg-welzijn-2': [3, 'Ze kan dit nu'],
			'vac-helpende-zorg-welzijn-1': [3, 'Ze kan dit nu'],
			'vac-begeleider-gehandicaptenzorg-1': [1, 'Haar wens, mbo 4 gevraagd en ze mist nog veel'],
			'opl-verzorgende-ig': [1, 'Een stap in de zorg, niet haar wens']
		}
	),
	// --- horeca ---
	persona(
		'keukenhulp-naar-kok',
		'Keukenhulp in Enschede, mbo 1, wil kok worden',
		'horeca',
		{
			skillClaims: skills('afwassen mise-en-place hygienisch-werken haccp:2 schoonmaken-werkplek'),
			beroepswensen: ['kok'],
			experienceOccupationIds: ['keukenhulp'],
			educationLevel: 'mbo-1'
		},
		{
			'opl-kok': [3, 'De opleiding naar zijn wens'],
			'bbl-kok': [3, 'Leren en werken naar zijn wens'],
			'vac-keukenhulp-1': [3, 'Hij kan dit nu al'],
			'crs-haccp-basis': [2, 'HACCP op een hoger niveau helpt in elke keuken'],
			'vac-kok-1': [1, 'Zijn wens, maar hij mist het koken nog']
		}
	),
	persona(
		'bediening-student',
		'Bedieningsmedewerker in Enschede, mbo 2, hoogstens 20 uur, zonder wens',
		'horeca',
		{
			skillClaims: skills('serveren bestellingen-opnemen gastvrij-ontvangen dranken-bereiden:2 afrekenen-kassa'),
			experienceOccupationIds: ['medewerker-bediening'],
			educationLevel: 'mbo-2',
			constraints: { hoursPerWeek: 20 }
		},
		{
			'vac-medewerker-bediening-1': [3, 'Ze kan dit nu al, 12 uur kan'],
			'vac-medewerker-supermarkt-1': [1, 'Kassa kan ze, weinig uren'],
			'crs-sociale-hygiene': [2, 'Sociale Hygiëne is nodig in de horeca'],
			'lb-loopbaangesprek-enschede': [2, 'Zonder wens helpt een gesprek'],
			'opl-medewerker-bediening': [1, 'Diploma in haar eigen vak']
		}
	),
	persona(
		'horeca-naar-zorg',
		'Kok in Enschede, mbo 3, wil de zorg in (verzorgende IG)',
		'horeca',
		{
			skillClaims: skills('gerechten-bereiden mise-en-place haccp menu-samenstellen dieetwensen'),
			beroepswensen: ['verzorgende-ig'],
			experienceOccupationIds: ['kok'],
			educationLevel: 'mbo-3'
		},
		{
			'opl-verzorgende-ig': [3, 'De opleiding naar zijn wens'],
			'bbl-verzorgende-ig': [3, 'Leren en werken naar zijn wens'],
			'mod-verzorgende-ig': [3, 'Certificaattraject naar zijn wens'],
			'vac-kok-1': [3, 'Hij past er helemaal bij'],
			'lb-workshop-overstap-zorg': [2, 'Workshop voor overstappers naar de zorg'],
			'vac-keukenhulp-1': [1, 'Hij kan dit, maar het is een stap terug']
		}
	),
	// --- bouw ---
	persona(
		'timmerman-rijssen',
		'Timmerman in Rijssen, mbo 2, werkend',
		'bouw',
		{
			skillClaims: skills('timmeren kozijnen-plaatsen bekisting-maken daken-aanbrengen'),
			beroepswensen: ['timmerman'],
			experienceOccupationIds: ['timmerman'],
			educationLevel: 'mbo-2',
			woonplaats: 'rijssen-holten',
			employed: true
		},
		{
			'vac-timmerman-1': [3, 'Hij heeft 4 van de 5, in Rijssen'],
			'vac-timmerman-2': [3, 'Hij heeft 4 van de 5, in Wierden'],
			'opl-timmerman': [3, 'Leert isoleren, wat hij mist, in zijn vak'],
			'bbl-timmerman': [2, 'Leren en werken in zijn vak'],
			'crs-werken-op-hoogte': [1, 'Nuttig op de bouw; vraagt VCA'],
			'vac-metselaar-1': [1, 'Verwant bouwwerk']
		}
	),
	persona(
		'straatmaker-herintreder',
		'Herintreder in Hellendoorn, vroeger straatmaker, mbo 1, 40 uur',
		'bouw',
		{
			skillClaims: skills('bestraten zandbed-aanbrengen maatvoering-uitzetten:2'),
			beroepswensen: ['straatmaker'],
			experienceOccupationIds: ['straatmaker'],
			educationLevel: 'mbo-1',
			woonplaats: 'hellendoorn'
		},
		{
			'vac-straatmaker-1': [3, 'Hij heeft 3 van de 5, in Hellendoorn, zijn wens'],
			'crs-graven-bij-kabels': [3, 'Graven bij kabels mist hij voor de vacature'],
			'opl-straatmaker': [3, 'Diploma naar zijn wens'],
			'crs-vca-basis-almelo': [1, 'VCA wordt gevraagd op de bouw']
		}
	),
	persona(
		'schilder-enschede',
		'Schilder in Enschede, mbo 2, werkzoekend, geen wens',
		'bouw',
		{
			skillClaims: skills('schilderen ondergrond-voorbereiden behangen kleuradvies:2'),
			experienceOccupationIds: ['schilder'],
			educationLevel: 'mbo-2'
		},
		{
			'vac-schilder-1': [3, 'Hij heeft 4 van de 5, in Enschede'],
			'crs-werken-op-hoogte': [2, 'Werken op hoogte mist hij voor de vacature'],
			'opl-schilder': [2, 'Diploma in zijn vak'],
			'lb-loopbaangesprek-enschede': [1, 'Een gesprek helpt bij zoeken']
		}
	),
	persona(
		'uitvoerder-hbo',
		'Timmerman in Enschede, hbo-diploma, wil uitvoerder bouw worden',
		'bouw',
		{
			skillClaims: skills('timmeren kozijnen-plaatsen technische-tekening-lezen veiligheid-bouwplaats:2 bouwplanning:2'),
			beroepswensen: ['uitvoerder-bouw'],
			experienceOccupationIds: ['timmerman'],
			educationLevel: 'hbo',
			employed: true
		},
		{
			'opl-uitvoerder-bouw': [3, 'De opleiding naar zijn wens'],
			'vac-uitvoerder-bouw-1': [2, 'Zijn wens; planning en veiligheid heeft hij deels'],
			'vac-timmerman-1': [2, 'Hij kan dit werk'],
			'crs-leidinggeven-eerste': [2, 'Een uitvoerder geeft leiding'],
			'crs-vol-vca': [2, 'VOL-VCA voor leidinggevenden op de bouw']
		}
	),
	// --- ICT ---
	persona(
		'servicedesk-starter',
		'Werkzoekende in Enschede, havo, goed met computers, wil servicedesk-medewerker worden',
		'ict',
		{
			skillClaims: skills('computervaardigheden klantgericht-werken telefoneren problemen-oplossen:2 hardware-installeren:2'),
			beroepswensen: ['servicedesk-medewerker'],
			educationLevel: 'havo-vwo',
			languages: [...NL, { language: 'Engels', level: 'B2' }]
		},
		{
			'mod-servicedesk-medewerker': [3, 'Kort traject naar zijn wens'],
			'opl-servicedesk-medewerker': [3, 'De opleiding naar zijn wens'],
			'bbl-servicedesk-medewerker': [3, 'Leren en werken naar zijn wens'],
			'vac-klantenservicemedewerker-1': [2, 'Telefoneren en klantgericht kan hij'],
			'vac-servicedesk-medewerker-1': [1, 'Zijn wens, maar hij mist nog ticketsysteem en ITIL']
		}
	),
	persona(
		'developer-zij-instromer',
		'Administratief medewerker in Enschede, mbo 4, leert zelf programmeren, wil softwareontwikkelaar worden',
		'ict',
		{
			skillClaims: skills('javascript-typescript:2 webapplicaties-bouwen:2 databases-sql:2 microsoft-excel gegevens-invoeren'),
			beroepswensen: ['softwareontwikkelaar'],
			experienceOccupationIds: ['administratief-medewerker'],
			educationLevel: 'mbo-4',
			employed: true,
			languages: [...NL, { language: 'Engels', level: 'C1' }]
		},
		{
			'mod-softwareontwikkelaar': [3, 'Kort traject naar zijn wens'],
			'opl-softwareontwikkelaar': [3, 'De opleiding naar zijn wens, online'],
			'vac-softwareontwikkelaar-1': [2, 'Zijn wens; hij heeft de basis, niet op niveau'],
			'vac-administratief-medewerker-1': [2, 'Hij kan dit nu'],
			'crs-sql-python-data': [2, 'SQL en Python helpen een ontwikkelaar']
		}
	),
	persona(
		'data-analist-hbo',
		'Financieel administratief medewerker in Enschede, hbo, wil data-analist worden',
		'ict',
		{
			skillClaims: skills('microsoft-excel:4 boekhouden facturen-verwerken nauwkeurig-werken data-analyseren:2'),
			beroepswensen: ['data-analist'],
			experienceOccupationIds: ['financieel-administratief-medewerker'],
			educationLevel: 'hbo',
			employed: true,
			languages: [...NL, { language: 'Engels', level: 'C1' }]
		},
		{
			'mod-data-analist': [3, 'Kort traject naar haar wens'],
			'opl-data-analist': [3, 'De opleiding naar haar wens'],
			'crs-sql-python-data': [3, 'SQL en Python mist ze voor data-analist'],
			'crs-ut-data-science': [3, 'Data science op haar niveau'],
			'vac-financieel-administratief-medewerker-1': [2, 'Boekhouden kan ze, in Almelo'],
			'vac-data-analist-1': [1, 'Haar wens; ze mist nog SQL en Python']
		}
	),
	persona(
		'ict-beheerder-werkend',
		'Servicedesk-medewerker in Almelo, mbo 4, wil ICT-beheerder worden',
		'ict',
		{
			skillClaims: skills('gebruikers-ondersteunen ticketsysteem itil werkplekbeheer microsoft-365-beheer'),
			beroepswensen: ['ict-beheerder'],
			experienceOccupationIds: ['servicedesk-medewerker'],
			educationLevel: 'mbo-4',
			woonplaats: 'almelo',
			employed: true
		},
		{
			'opl-ict-beheerder': [3, 'De opleiding naar zijn wens'],
			'vac-servicedesk-medewerker-1': [3, 'Hij past er helemaal bij'],
			'vac-ict-beheerder-2': [2, 'Zijn wens, in Almelo; hij heeft werkplek en 365'],
			'vac-ict-beheerder-1': [2, 'Zijn wens, in Enschede']
		}
	),
	// --- administratief ---
	persona(
		'administratief-herintreder',
		'Herintreder in Almelo, mbo 3, was administratief medewerker, hoogstens 24 uur',
		'administratief',
		{
			skillClaims: skills('gegevens-invoeren archiveren zakelijke-correspondentie:2 microsoft-word:2 microsoft-excel:1'),
			beroepswensen: ['administratief-medewerker'],
			experienceOccupationIds: ['administratief-medewerker'],
			educationLevel: 'mbo-3',
			woonplaats: 'almelo',
			constraints: { hoursPerWeek: 24 }
		},
		{
			'vac-administratief-medewerker-1': [3, 'Haar vak en wens, 20 uur kan'],
			'crs-excel-basis': [3, 'Excel mist ze voor de vacature'],
			'crs-word-en-outlook': [2, 'Haalt haar Word-niveau op'],
			'opl-administratief-medewerker': [2, 'Het diploma in haar vak'],
			'vac-klantenservicemedewerker-1': [1, 'Kantoorwerk met weinig uren']
		}
	),
	persona(
		'boekhouder-hbo',
		'Financieel administratief medewerker in Hengelo, hbo, werkend, zonder wens',
		'administratief',
		{
			skillClaims: skills('boekhouden:4 facturen-verwerken:4 debiteurenbeheer btw-aangifte jaarafsluiting:2 microsoft-excel', 'gevalideerd'),
			experienceOccupationIds: ['financieel-administratief-medewerker'],
			educationLevel: 'hbo',
			woonplaats: 'hengelo',
			employed: true
		},
		{
			'vac-financieel-administratief-medewerker-1': [3, 'Ze past er helemaal bij'],
			'vac-administratief-medewerker-1': [1, 'Kantoorwerk, onder haar niveau'],
			'crs-excel-gevorderd': [2, 'Excel gevorderd helpt in haar werk'],
			'crs-leidinggeven-eerste': [1, 'Doorgroei naar teamleider'],
			'lb-loopbaangesprek-hengelo': [1, 'Zonder wens kan een gesprek helpen']
		}
	),
	persona(
		'klantenservice-thuis',
		'Werkzoekende in Enschede, mbo 2, rolstoel, alleen online of dichtbij, 16 uur',
		'administratief',
		{
			skillClaims: skills('telefoneren klantgericht-werken computervaardigheden gegevens-invoeren:2'),
			beroepswensen: ['klantenservicemedewerker'],
			educationLevel: 'mbo-2',
			constraints: { hoursPerWeek: 16, maxTravelMinutes: 15 }
		},
		{
			'vac-klantenservicemedewerker-1': [3, 'Haar wens, in Enschede, 16 uur'],
			'opl-klantenservicemedewerker': [3, 'Online opleiding naar haar wens'],
			'crs-excel-basis': [1, 'Online, handig voor kantoorwerk'],
			'crs-digitaal-de-baas': [1, 'Computervaardigheden heeft ze al grotendeels']
		}
	),
	persona(
		'hr-ambitie',
		'Administratief medewerker in Enschede, mbo 4, wil HR-medewerker worden',
		'administratief',
		{
			skillClaims: skills('gegevens-invoeren archiveren zakelijke-correspondentie microsoft-word microsoft-excel privacy-avg personeelsadministratie:2'),
			beroepswensen: ['hr-medewerker'],
			experienceOccupationIds: ['administratief-medewerker'],
			educationLevel: 'mbo-4',
			employed: true
		},
		{
			'opl-hr-medewerker': [3, 'De opleiding naar haar wens'],
			'vac-administratief-medewerker-1': [3, 'Ze past er helemaal bij'],
			'vac-hr-medewerker-1': [2, 'Haar wens; ze heeft personeelsadministratie deels'],
			'crs-excel-gevorderd': [1, 'Excel helpt op elk kantoor']
		}
	),
	// --- voeding, retail, schoonmaak, groen, onderwijs ---
	persona(
		'productie-voeding',
		'Productiemedewerker voeding in Borne, mbo 1, werkend, wil kwaliteitsmedewerker worden',
		'voeding',
		{
			skillClaims: skills('voedingslijn-bedienen haccp hygienisch-werken grondstoffen-afwegen reinigen-desinfecteren'),
			beroepswensen: ['kwaliteitsmedewerker-voeding'],
			experienceOccupationIds: ['productiemedewerker-voedingsindustrie'],
			educationLevel: 'mbo-1',
			woonplaats: 'borne',
			employed: true
		},
		{
			'mod-kwaliteitsmedewerker-voeding': [3, 'Kort traject naar zijn wens'],
			'opl-kwaliteitsmedewerker-voeding': [2, 'Opleiding naar zijn wens, mbo 4 is een grote stap'],
			'vac-productiemedewerker-voedingsindustrie-1': [3, 'Hij past er helemaal bij'],
			'vac-productiemedewerker-voedingsindustrie-2': [3, 'Hij past er helemaal bij, minder uren'],
			'vac-kwaliteitsmedewerker-voeding-1': [1, 'Zijn wens, mbo 4 gevraagd']
		}
	),
	persona(
		'bakker-wens',
		'Medewerker supermarkt in Hof van Twente, mbo 1, wil bakker worden',
		'voeding',
		{
			skillClaims: skills('vakken-vullen afrekenen-kassa kassa-afsluiten leeftijd-controleren prijzen-etiketteren'),
			beroepswensen: ['bakker'],
			experienceOccupationIds: ['medewerker-supermarkt'],
			educationLevel: 'mbo-1',
			woonplaats: 'hof-van-twente'
		},
		{
			'opl-bakker': [3, 'De opleiding naar haar wens'],
			'vac-medewerker-supermarkt-1': [3, 'Ze past er helemaal bij, in haar gemeente'],
			'vac-medewerker-supermarkt-2': [2, 'Ze past er helemaal bij, in Haaksbergen'],
			'crs-haccp-basis': [2, 'Hygiëne en HACCP heeft een bakker nodig'],
			'vac-bakker-1': [1, 'Haar wens, maar ze mist het bakken nog']
		}
	),
	persona(
		'winkelmanager-ambitie',
		'Verkoopmedewerker in Hof van Twente, mbo 3, wil winkelmanager worden',
		'retail',
		{
			skillClaims: skills('klanten-adviseren verkoopgesprek afrekenen-kassa vakken-vullen winkelpresentatie voorraad-beheren:2'),
			beroepswensen: ['winkelmanager'],
			experienceOccupationIds: ['verkoopmedewerker'],
			educationLevel: 'mbo-3',
			woonplaats: 'hof-van-twente',
			employed: true
		},
		{
			'opl-winkelmanager': [3, 'De opleiding naar haar wens'],
			'crs-leidinggeven-eerste': [3, 'Leidinggeven is de kern van haar wens'],
			'vac-verkoopmedewerker-1': [3, 'Ze past er helemaal bij'],
			'vac-winkelmanager-1': [2, 'Haar wens, ze mist leidinggeven en planning']
		}
	),
	persona(
		'schoonmaker-deeltijd',
		'Schoonmaakmedewerker in Hengelo, geen startkwalificatie, hoogstens 20 uur, spreekt Nederlands op A2',
		'schoonmaak',
		{
			skillClaims: skills('gebouwen-schoonmaken sanitair-reinigen vloeren-onderhouden:2 hygienisch-werken'),
			experienceOccupationIds: ['schoonmaakmedewerker'],
			educationLevel: 'geen-startkwalificatie',
			woonplaats: 'hengelo',
			languages: [{ language: 'Nederlands', level: 'A2' }, { language: 'Arabisch', level: 'moedertaal' }],
			constraints: { hoursPerWeek: 20 }
		},
		{
			'vac-schoonmaakmedewerker-1': [3, 'Ze past er bij, in Hengelo, 10-20 uur'],
			'vac-schoonmaakmedewerker-2': [3, 'Ze past er bij, 16 uur kan'],
			'crs-nt2-werk': [3, 'Nederlands op B1 helpt haar verder in elk werk'],
			'opl-schoonmaakmedewerker': [2, 'Diploma in haar vak, zes weken']
		}
	),
	persona(
		'beveiliger-wens',
		'Werkzoekende in Almelo, mbo 2, was portier, wil beveiliger worden',
		'facilitair',
		{
			skillClaims: skills('toegangscontrole omgaan-met-agressie klantgericht-werken gastvrij-ontvangen'),
			beroepswensen: ['beveiliger'],
			educationLevel: 'mbo-2',
			woonplaats: 'almelo'
		},
		{
			'opl-beveiliger': [3, 'De opleiding naar zijn wens'],
			'vac-beveiliger-1': [2, 'Zijn wens, in Almelo; hij heeft 2 van de 5'],
			'crs-bhv-basis-hengelo': [2, 'BHV wordt bij beveiliging gevraagd'],
			'vac-facilitair-medewerker-1': [1, 'Ontvangen kan hij, in Almelo']
		}
	),
	persona(
		'hovenier-tubbergen',
		'Hovenier in Tubbergen, mbo 2, werkend, zonder wens',
		'groen',
		{
			skillClaims: skills('beplanting-verzorgen snoeien tuinen-aanleggen gazon-onderhouden groenmachines:2'),
			experienceOccupationIds: ['hovenier'],
			educationLevel: 'mbo-2',
			woonplaats: 'tubbergen',
			employed: true
		},
		{
			'vac-hovenier-1': [3, 'Hij past er helemaal bij, in Tubbergen'],
			'bbl-hovenier': [1, 'Het diploma in zijn vak, maar hij kan het werk al'],
			'opl-hovenier': [1, 'Het diploma in zijn vak'],
			'vac-medewerker-loonbedrijf-1': [1, 'Verwant buitenwerk']
		}
	),
	persona(
		'pedagogisch-herintreder',
		'Herintreder in Wierden, mbo 3, was pedagogisch medewerker, hoogstens 24 uur',
		'onderwijs',
		{
			skillClaims: skills('pedagogisch-handelen kinderen-verzorgen groep-begeleiden ontwikkeling-volgen:2'),
			beroepswensen: ['pedagogisch-medewerker'],
			experienceOccupationIds: ['pedagogisch-medewerker'],
			educationLevel: 'mbo-3',
			woonplaats: 'wierden',
			constraints: { hoursPerWeek: 24 }
		},
		{
			'vac-pedagogisch-medewerker-1': [3, 'Haar vak in Wierden, 16 uur kan'],
			'vac-pedagogisch-medewerker-2': [3, 'Haar vak in Almelo, 20 uur kan'],
			'crs-ehbo-diploma': [2, 'EHBO (kinder-EHBO) is verplicht in de kinderopvang'],
			'opl-pedagogisch-medewerker': [2, 'Haalt haar vak op'],
			'vac-onderwijsassistent-1': [1, 'Verwant werk met kinderen, 20 uur kan']
		}
	),
	persona(
		'onderwijsassistent-wens',
		'Pedagogisch medewerker in Almelo, mbo 3, wil onderwijsassistent worden',
		'onderwijs',
		{
			skillClaims: skills('pedagogisch-handelen kinderen-verzorgen groep-begeleiden ontwikkeling-volgen activiteiten-kinderen'),
			beroepswensen: ['onderwijsassistent'],
			experienceOccupationIds: ['pedagogisch-medewerker'],
			educationLevel: 'mbo-3',
			woonplaats: 'almelo',
			employed: true
		},
		{
			'opl-onderwijsassistent': [3, 'De opleiding naar haar wens'],
			'vac-pedagogisch-medewerker-2': [3, 'Ze past er helemaal bij, in Almelo'],
			'vac-pedagogisch-medewerker-1': [3, 'Ze past er helemaal bij, in Wierden'],
			'vac-onderwijsassistent-1': [2, 'Haar wens; groep en ontwikkeling heeft ze']
		}
	),
	persona(
		'nieuwkomer-geen-wens',
		'Statushouder in Enschede, geen startkwalificatie, Nederlands A2, ervaring in de bouw in het buitenland, zonder wens',
		'bouw',
		{
			skillClaims: skills('metselen:2 betonwerk:2 samenwerken-in-team'),
			educationLevel: 'geen-startkwalificatie',
			languages: [{ language: 'Nederlands', level: 'A2' }, { language: 'Engels', level: 'B1' }]
		},
		{
			'crs-nt2-werk': [3, 'Nederlands op B1 opent de meeste deuren'],
			'lb-loopbaangesprek-enschede': [3, 'Zonder wens: eerst een gesprek over kiezen'],
			'opl-metselaar': [2, 'Bouwt op wat hij kan'],
			'bbl-metselaar': [2, 'Leren en werken in de bouw'],
			'vac-metselaar-1': [2, 'Metselen kan hij een beetje'],
			'crs-vca-basis-enschede': [2, 'VCA heeft hij nodig op de bouw']
		}
	),
	persona(
		'melkveehouderij-loonbedrijf',
		'Medewerker melkveehouderij in Tubbergen, mbo 2, rijdt trekker, wil bij een loonbedrijf werken',
		'groen',
		{
			skillClaims: skills('melken vee-verzorgen diergezondheid trekker-rijden landbouwwerktuigen'),
			beroepswensen: ['medewerker-loonbedrijf'],
			experienceOccupationIds: ['medewerker-melkveehouderij'],
			educationLevel: 'mbo-2',
			woonplaats: 'tubbergen'
		},
		{
			'vac-medewerker-melkveehouderij-1': [3, 'Hij past er helemaal bij'],
			'opl-medewerker-loonbedrijf': [3, 'De opleiding naar zijn wens'],
			'vac-medewerker-loonbedrijf-1': [2, 'Zijn wens; trekker en werktuigen heeft hij'],
			'opl-machinist-grondverzet': [1, 'Graafmachine bedienen hoort bij een loonbedrijf']
		}
	)
];
