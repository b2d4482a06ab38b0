import type { Modality, OfferLevel } from '$lib/shared/matching/catalogue-schema';

/** Short courses with a recognised certificate: the usual first step for practically trained people. */
export interface CourseRow {
	id: string;
	title: string;
	provider: string;
	gemeente: string;
	modality: Modality;
	level: OfferLevel | null;
	certificate: string;
	skills: readonly string[];
	taughtLevel: number;
	weeks: number;
	hoursPerWeek: number;
	cost: number;
	targets?: readonly string[];
	requires?: readonly (readonly [string, number])[];
	/** The provider documented where this certificate leads to work (TFvV art. 4, second route). */
	perspective?: true;
}

const VEILIG = 'demo-veiligheidsinstituut';
const LOG = 'demo-logistiek-trainingen';
const TECH = 'demo-techniekacademie';
const ZORG = 'demo-zorgacademie';
const DIGI = 'demo-digitaal-leerhuis';

export const COURSES: readonly CourseRow[] = [
	{ id: 'vca-basis-almelo', title: 'VCA Basis', provider: VEILIG, gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Diploma B-VCA', skills: ['veilig-werken-vca'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 195 },
	{ id: 'vca-basis-enschede', title: 'VCA Basis', provider: VEILIG, gemeente: 'enschede', modality: 'klassikaal', level: null, certificate: 'Diploma B-VCA', skills: ['veilig-werken-vca'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 195 },
	{ id: 'vca-basis-online', title: 'VCA Basis (online leren, examen in Almelo)', provider: VEILIG, gemeente: 'almelo', modality: 'online', level: null, certificate: 'Diploma B-VCA', skills: ['veilig-werken-vca'], taughtLevel: 2, weeks: 2, hoursPerWeek: 4, cost: 165 },
	{ id: 'vol-vca', title: 'VOL-VCA voor leidinggevenden', provider: VEILIG, gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Diploma VOL-VCA', skills: ['veilig-werken-vca', 'leidinggeven'], taughtLevel: 3, weeks: 2, hoursPerWeek: 8, cost: 325 },
	{ id: 'bhv-basis-hengelo', title: 'BHV Basis', provider: VEILIG, gemeente: 'hengelo', modality: 'klassikaal', level: null, certificate: 'BHV-certificaat', skills: ['bedrijfshulpverlening', 'eerste-hulp'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 245 },
	{ id: 'bhv-basis-oldenzaal', title: 'BHV Basis', provider: VEILIG, gemeente: 'oldenzaal', modality: 'klassikaal', level: null, certificate: 'BHV-certificaat', skills: ['bedrijfshulpverlening', 'eerste-hulp'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 245 },
	{ id: 'ehbo-diploma', title: 'EHBO-diploma', provider: VEILIG, gemeente: 'enschede', modality: 'klassikaal', level: null, certificate: 'EHBO-diploma', skills: ['eerste-hulp'], taughtLevel: 3, weeks: 6, hoursPerWeek: 3, cost: 225 },
	{ id: 'werken-op-hoogte', title: 'Veilig werken op hoogte', provider: VEILIG, gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Certificaat werken op hoogte', skills: ['werken-op-hoogte'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 275, requires: [['veilig-werken-vca', 1]] },
	{ id: 'hijsen-aanslaan', title: 'Aanslaan en hijsen', provider: VEILIG, gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Certificaat hijsen en aanslaan', skills: ['hijsen-aanslaan'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 295 },
	{ id: 'omgaan-met-agressie', title: 'Omgaan met agressie', provider: VEILIG, gemeente: 'enschede', modality: 'klassikaal', level: null, certificate: 'Bewijs van deelname', skills: ['omgaan-met-agressie'], taughtLevel: 2, weeks: 1, hoursPerWeek: 6, cost: 210 },
	{ id: 'heftruck-hengelo', title: 'Heftruckcertificaat', provider: LOG, gemeente: 'hengelo', modality: 'klassikaal', level: null, certificate: 'Certificaat heftruckchauffeur', skills: ['heftruck-rijden'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 345, targets: ['logistiek-medewerker'], perspective: true },
	{ id: 'heftruck-almelo', title: 'Heftruckcertificaat', provider: LOG, gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Certificaat heftruckchauffeur', skills: ['heftruck-rijden'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 345, targets: ['logistiek-medewerker'], perspective: true },
	{ id: 'pompwagen-orderpicker', title: 'Elektrische pompwagen en orderpicker', provider: LOG, gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Certificaat elektrische pompwagen', skills: ['elektrische-pompwagen', 'orderpicken'], taughtLevel: 2, weeks: 1, hoursPerWeek: 4, cost: 165, targets: ['orderpicker'], perspective: true },
	{ id: 'rijbewijs-ce', title: 'Rijbewijs C en CE met code 95', provider: LOG, gemeente: 'hengelo', modality: 'klassikaal', level: 'mbo-2', certificate: 'Rijbewijs CE en vakbekwaamheid (code 95)', skills: ['rijbewijs-ce', 'rij-en-rusttijden', 'lading-zekeren'], taughtLevel: 2, weeks: 12, hoursPerWeek: 16, cost: 6200, targets: ['vrachtwagenchauffeur'], requires: [['rijbewijs-b', 2]] },
	{ id: 'lading-zekeren', title: 'Lading zekeren', provider: LOG, gemeente: 'hengelo', modality: 'klassikaal', level: null, certificate: 'Bewijs van deelname', skills: ['lading-zekeren'], taughtLevel: 2, weeks: 1, hoursPerWeek: 4, cost: 185 },
	{ id: 'mig-mag-basis', title: 'MIG/MAG-lassen basis', provider: TECH, gemeente: 'hengelo', modality: 'werkplek', level: 'mbo-2', certificate: 'Lascertificaat MIG/MAG (NEN-EN-ISO 9606-1)', skills: ['mig-mag-lassen', 'lassen-volgens-wps'], taughtLevel: 2, weeks: 6, hoursPerWeek: 8, cost: 1450, targets: ['lasser'] },
	{ id: 'tig-lassen', title: 'TIG-lassen', provider: TECH, gemeente: 'hengelo', modality: 'werkplek', level: 'mbo-3', certificate: 'Lascertificaat TIG (NEN-EN-ISO 9606-1)', skills: ['tig-lassen'], taughtLevel: 3, weeks: 8, hoursPerWeek: 8, cost: 1850, targets: ['lasser'], requires: [['mig-mag-lassen', 2]] },
	{ id: 'tekening-lezen', title: 'Technisch tekening lezen', provider: TECH, gemeente: 'hengelo', modality: 'hybride', level: 'mbo-2', certificate: 'Bewijs van deelname', skills: ['technische-tekening-lezen'], taughtLevel: 2, weeks: 4, hoursPerWeek: 4, cost: 495 },
	{ id: 'nen-3140', title: 'NEN 3140 voldoend onderricht persoon', provider: TECH, gemeente: 'hengelo', modality: 'klassikaal', level: 'mbo-2', certificate: 'Certificaat NEN 3140 VOP', skills: ['nen-3140'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 395, targets: ['elektromonteur', 'monteur-zonnepanelen'] },
	{ id: 'nen-1010', title: 'NEN 1010 laagspanningsinstallaties', provider: TECH, gemeente: 'hengelo', modality: 'hybride', level: 'mbo-3', certificate: 'Certificaat NEN 1010', skills: ['nen-1010'], taughtLevel: 3, weeks: 3, hoursPerWeek: 8, cost: 795, targets: ['elektromonteur'], requires: [['elektrische-schemas-lezen', 2]] },
	{ id: 'f-gassen', title: 'F-gassen categorie 1', provider: TECH, gemeente: 'hengelo', modality: 'klassikaal', level: 'mbo-3', certificate: 'F-gassen certificaat cat. 1', skills: ['f-gassen'], taughtLevel: 3, weeks: 2, hoursPerWeek: 8, cost: 1150, targets: ['servicemonteur-warmtepompen'] },
	{ id: 'plc-basis', title: 'PLC programmeren basis', provider: TECH, gemeente: 'hengelo', modality: 'hybride', level: 'mbo-4', certificate: 'Bewijs van deelname', skills: ['plc-programmeren'], taughtLevel: 2, weeks: 5, hoursPerWeek: 6, cost: 1350, targets: ['mechatronicus'] },
	{ id: 'excel-basis', title: 'Excel basis', provider: DIGI, gemeente: 'enschede', modality: 'online', level: null, certificate: 'Bewijs van deelname', skills: ['microsoft-excel'], taughtLevel: 2, weeks: 3, hoursPerWeek: 3, cost: 149 },
	{ id: 'excel-gevorderd', title: 'Excel gevorderd: draaitabellen en formules', provider: DIGI, gemeente: 'enschede', modality: 'hybride', level: null, certificate: 'Bewijs van deelname', skills: ['microsoft-excel'], taughtLevel: 3, weeks: 4, hoursPerWeek: 3, cost: 295, requires: [['microsoft-excel', 2]] },
	{ id: 'word-en-outlook', title: 'Word en Outlook voor je werk', provider: DIGI, gemeente: 'enschede', modality: 'online', level: null, certificate: 'Bewijs van deelname', skills: ['microsoft-word', 'e-mail-en-agenda'], taughtLevel: 2, weeks: 3, hoursPerWeek: 3, cost: 149 },
	{ id: 'digitaal-de-baas', title: 'Digitaal de baas: werken met computer en telefoon', provider: DIGI, gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Bewijs van deelname', skills: ['computervaardigheden', 'e-mail-en-agenda'], taughtLevel: 2, weeks: 6, hoursPerWeek: 2, cost: 0 },
	{ id: 'sql-python-data', title: 'Data-analyse met SQL en Python', provider: DIGI, gemeente: 'enschede', modality: 'online', level: 'hbo', certificate: 'Bewijs van deelname', skills: ['databases-sql', 'python', 'data-analyseren'], taughtLevel: 3, weeks: 10, hoursPerWeek: 6, cost: 1495, targets: ['data-analist'], requires: [['microsoft-excel', 2]] },
	{ id: 'boekhouden-basis', title: 'Praktijkdiploma boekhouden basis', provider: DIGI, gemeente: 'hengelo', modality: 'online', level: 'mbo-4', certificate: 'Praktijkdiploma Boekhouden', skills: ['boekhouden', 'facturen-verwerken'], taughtLevel: 2, weeks: 20, hoursPerWeek: 4, cost: 895, targets: ['financieel-administratief-medewerker'], perspective: true },
	{ id: 'sociale-hygiene', title: 'Sociale Hygiëne', provider: 'roc-van-twente', gemeente: 'enschede', modality: 'hybride', level: 'mbo-2', certificate: 'Verklaring Sociale Hygiëne', skills: ['sociale-hygiene'], taughtLevel: 2, weeks: 4, hoursPerWeek: 4, cost: 425, targets: ['medewerker-bediening'], perspective: true },
	{ id: 'haccp-basis', title: 'Hygiëne en HACCP', provider: 'zone-college', gemeente: 'almelo', modality: 'online', level: 'mbo-2', certificate: 'Certificaat HACCP', skills: ['haccp', 'hygienisch-werken'], taughtLevel: 2, weeks: 2, hoursPerWeek: 4, cost: 175, perspective: true },
	{ id: 'medicatie-veilig', title: 'Medicatie veilig geven', provider: ZORG, gemeente: 'enschede', modality: 'hybride', level: 'mbo-3', certificate: 'Bekwaamheidsverklaring medicatie', skills: ['medicatie-geven'], taughtLevel: 3, weeks: 4, hoursPerWeek: 4, cost: 395, targets: ['verzorgende-ig'] },
	{ id: 'wondzorg', title: 'Wondzorg in de praktijk', provider: ZORG, gemeente: 'enschede', modality: 'klassikaal', level: 'mbo-4', certificate: 'Bewijs van deelname', skills: ['wondverzorging'], taughtLevel: 3, weeks: 3, hoursPerWeek: 4, cost: 450, targets: ['mbo-verpleegkundige'] },
	{ id: 'dementie', title: 'Zorg bij dementie', provider: ZORG, gemeente: 'hengelo', modality: 'hybride', level: 'mbo-3', certificate: 'Bewijs van deelname', skills: ['zorg-bij-dementie'], taughtLevel: 3, weeks: 5, hoursPerWeek: 3, cost: 375, targets: ['verzorgende-ig', 'helpende-zorg-welzijn'] },
	{ id: 'nt2-werk', title: 'Nederlands op de werkvloer (NT2, A2 naar B1)', provider: 'roc-van-twente', gemeente: 'almelo', modality: 'klassikaal', level: null, certificate: 'Bewijs van deelname', skills: ['nederlands-spreken', 'nederlands-schrijven'], taughtLevel: 2, weeks: 16, hoursPerWeek: 4, cost: 0 },
	{ id: 'duits-voor-werk', title: 'Duits voor je werk in de grensregio', provider: DIGI, gemeente: 'oldenzaal', modality: 'hybride', level: null, certificate: 'Bewijs van deelname', skills: ['duits'], taughtLevel: 2, weeks: 10, hoursPerWeek: 2, cost: 395 },
	{ id: 'leidinggeven-eerste', title: 'Eerste keer leidinggeven', provider: 'saxion', gemeente: 'enschede', modality: 'hybride', level: 'hbo', certificate: 'Bewijs van deelname', skills: ['leidinggeven', 'inwerken-collegas'], taughtLevel: 3, weeks: 8, hoursPerWeek: 4, cost: 1250 },
	{ id: 'ut-data-science', title: 'Data science for professionals', provider: 'universiteit-twente', gemeente: 'enschede', modality: 'hybride', level: 'wo', certificate: 'Certificaat (microcredential)', skills: ['python', 'data-analyseren', 'datavisualisatie'], taughtLevel: 4, weeks: 10, hoursPerWeek: 8, cost: 2450, targets: ['data-analist'], requires: [['databases-sql', 2]] },
	{ id: 'graven-bij-kabels', title: 'Graven bij kabels en leidingen (BEI)', provider: 'demo-bouwopleider', gemeente: 'rijssen-holten', modality: 'klassikaal', level: 'mbo-2', certificate: 'Certificaat graven bij kabels', skills: ['graven-bij-kabels'], taughtLevel: 2, weeks: 1, hoursPerWeek: 8, cost: 325, targets: ['straatmaker', 'machinist-grondverzet'] }
];

/** Career guidance: loopbaangesprekken and workshops, mostly free. */
export interface GuidanceRow {
	id: string;
	kind: 'loopbaangesprek' | 'workshop';
	title: string;
	provider: string;
	gemeente: string;
	modality: Modality;
	weeks: number;
	hoursPerWeek: number;
	cost: number;
	description: string;
}

const LB = 'demo-loopbaanpunt';

export const GUIDANCE: readonly GuidanceRow[] = [
	{ id: 'loopbaangesprek-almelo', kind: 'loopbaangesprek', title: 'Loopbaangesprek op het Werkplein Almelo', provider: LB, gemeente: 'almelo', modality: 'klassikaal', weeks: 1, hoursPerWeek: 1, cost: 0, description: 'Een gesprek met een loopbaanadviseur over wat je kunt en wilt, en welke stap past.' },
	{ id: 'loopbaangesprek-enschede', kind: 'loopbaangesprek', title: 'Loopbaangesprek op het Werkplein Enschede', provider: LB, gemeente: 'enschede', modality: 'klassikaal', weeks: 1, hoursPerWeek: 1, cost: 0, description: 'Een gesprek met een loopbaanadviseur over wat je kunt en wilt, en welke stap past.' },
	{ id: 'loopbaangesprek-hengelo', kind: 'loopbaangesprek', title: 'Loopbaangesprek op het Werkplein Hengelo', provider: LB, gemeente: 'hengelo', modality: 'klassikaal', weeks: 1, hoursPerWeek: 1, cost: 0, description: 'Een gesprek met een loopbaanadviseur over wat je kunt en wilt, en welke stap past.' },
	{ id: 'loopbaangesprek-video', kind: 'loopbaangesprek', title: 'Loopbaangesprek via video', provider: LB, gemeente: 'almelo', modality: 'online', weeks: 1, hoursPerWeek: 1, cost: 0, description: 'Hetzelfde gesprek, maar via je telefoon of computer.' },
	{ id: 'loopbaantraject-drie', kind: 'loopbaangesprek', title: 'Loopbaantraject in drie gesprekken', provider: LB, gemeente: 'hengelo', modality: 'hybride', weeks: 6, hoursPerWeek: 1, cost: 0, description: 'Drie gesprekken met opdrachten ertussen, met een ontwikkelplan als resultaat.' },
	{ id: 'workshop-cv', kind: 'workshop', title: 'Workshop: je cv en je skills paspoort', provider: LB, gemeente: 'enschede', modality: 'klassikaal', weeks: 1, hoursPerWeek: 2, cost: 0, description: 'Maak samen met anderen je cv af en laat zien wat je kunt.' },
	{ id: 'workshop-solliciteren', kind: 'workshop', title: 'Workshop: solliciteren met een kort gesprek', provider: LB, gemeente: 'almelo', modality: 'klassikaal', weeks: 1, hoursPerWeek: 3, cost: 0, description: 'Oefen een kennismakingsgesprek met een werkgever.' },
	{ id: 'workshop-evc', kind: 'workshop', title: 'Workshop: wat is EVC en past het bij mij?', provider: LB, gemeente: 'hengelo', modality: 'online', weeks: 1, hoursPerWeek: 2, cost: 0, description: 'Hoe je ervaring een ervaringscertificaat kan opleveren.' },
	{ id: 'workshop-overstap-techniek', kind: 'workshop', title: 'Workshop: overstappen naar de techniek', provider: 'demo-techniekacademie', gemeente: 'hengelo', modality: 'klassikaal', weeks: 1, hoursPerWeek: 4, cost: 0, description: 'Kijk rond in de werkplaats en probeer zelf lassen en monteren.' },
	{ id: 'workshop-overstap-zorg', kind: 'workshop', title: 'Workshop: overstappen naar de zorg', provider: 'demo-zorgacademie', gemeente: 'enschede', modality: 'klassikaal', weeks: 1, hoursPerWeek: 3, cost: 0, description: 'Wat je doet als helpende of verzorgende, en hoe je begint.' }
];
