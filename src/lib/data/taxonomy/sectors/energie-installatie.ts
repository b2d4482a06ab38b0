import type { SectorModule } from '$lib/data/taxonomy/types';

/** The energietransitie (heat pumps, solar, charging points) drives demand for installers. */
export const ENERGIE_INSTALLATIE: SectorModule = {
	sector: { id: 'energie-installatie', label: 'Energie en installatietechniek', labelEn: 'Energy and building services' },
	skills: [
		{ id: 'elektra-aanleggen', label: 'Elektrische installaties aanleggen', labelEn: 'Installing electrical systems', category: 'vakkennis', synonyms: ['elektra aanleggen', 'groepenkast', 'leidingen trekken'] },
		{ id: 'elektrisch-meten', label: 'Elektrisch meten en testen', labelEn: 'Electrical testing and measurement', category: 'vakkennis', synonyms: ['multimeter', 'isolatieweerstand meten', 'installatietester'] },
		{ id: 'nen-1010', label: 'Installeren volgens NEN 1010', labelEn: 'Installing to NEN 1010', category: 'vakkennis', synonyms: ['NEN 1010', 'installatievoorschriften'] },
		{ id: 'domotica', label: 'Slimme installaties en domotica', labelEn: 'Home automation', category: 'digitaal', synonyms: ['KNX', 'smart home', 'gebouwautomatisering'] },
		{ id: 'zonnepanelen-monteren', label: 'Zonnepanelen monteren', labelEn: 'Installing solar panels', category: 'vakkennis', synonyms: ['PV-panelen', 'zonnestroom', 'solar'] },
		{ id: 'omvormer-aansluiten', label: 'Omvormers en thuisbatterijen aansluiten', labelEn: 'Connecting inverters and home batteries', category: 'vakkennis', synonyms: ['omvormer', 'thuisbatterij', 'energieopslag'] },
		{ id: 'laadpalen-installeren', label: 'Laadpalen installeren', labelEn: 'Installing EV charging points', category: 'vakkennis', synonyms: ['laadpaal', 'laadstation', 'EV-lader'] },
		{ id: 'warmtepomp-installeren', label: 'Warmtepompen installeren', labelEn: 'Installing heat pumps', category: 'vakkennis', synonyms: ['warmtepomp', 'hybride warmtepomp', 'lucht-waterwarmtepomp'] },
		{ id: 'f-gassen', label: 'Werken met koudemiddelen (F-gassen)', labelEn: 'Handling refrigerants (F-gas)', category: 'veiligheid', synonyms: ['F-gassen', 'koudemiddel', 'STEK', 'BRL 100'] },
		{ id: 'cv-ketels', label: 'Cv-ketels installeren en onderhouden', labelEn: 'Installing and servicing boilers', category: 'vakkennis', synonyms: ['cv-ketel', 'cv-installatie', 'verwarmingsketel'] },
		{ id: 'waterleidingen', label: 'Water- en afvoerleidingen aanleggen', labelEn: 'Installing water and drain pipes', category: 'vakkennis', synonyms: ['loodgieterswerk', 'waterleiding', 'sanitair installeren'] },
		{ id: 'solderen-persen', label: 'Leidingen solderen en persen', labelEn: 'Soldering and press-fitting pipes', category: 'vakkennis', synonyms: ['solderen', 'persfittingen', 'koperen leidingen'] },
		{ id: 'ventilatie', label: 'Ventilatiesystemen aanleggen', labelEn: 'Installing ventilation systems', category: 'vakkennis', synonyms: ['ventilatie', 'WTW-unit', 'mechanische ventilatie'] },
		{ id: 'gasinstallaties', label: 'Veilig werken aan gasinstallaties', labelEn: 'Working safely on gas installations', category: 'veiligheid', synonyms: ['gasleiding', 'gasdichtheid', 'CO-melder'] },
		{ id: 'inregelen', label: 'Installaties inregelen en opleveren', labelEn: 'Commissioning and balancing systems', category: 'vakkennis', synonyms: ['inregelen', 'waterzijdig inregelen', 'installatie opleveren'] },
		{ id: 'energieadvies', label: 'Klanten adviseren over energie besparen', labelEn: 'Advising customers on saving energy', category: 'communicatie', synonyms: ['energieadvies', 'energiebesparing', 'verduurzaming'] }
	],
	occupations: [
		{
			id: 'elektromonteur', label: 'Elektromonteur', labelEn: 'Electrician', typicalLevel: 'mbo-3',
			synonyms: ['elektricien', 'monteur elektrotechniek', 'eerste monteur elektra'],
			description: 'Je legt elektrische installaties aan in huizen, kantoren en fabrieken. Je trekt kabels, sluit groepenkasten en laadpalen aan en test of alles veilig is.',
			skillIds: ['elektra-aanleggen', 'elektrisch-meten', 'nen-1010', 'nen-3140', 'elektrische-schemas-lezen', 'domotica', 'laadpalen-installeren', 'storingen-verhelpen', 'technische-tekening-lezen', 'handgereedschap', 'veilig-werken-vca', 'werken-op-hoogte', 'klantgericht-werken']
		},
		{
			id: 'installatiemonteur', label: 'Installatiemonteur', labelEn: 'Plumbing and heating installer', typicalLevel: 'mbo-2',
			synonyms: ['loodgieter', 'cv-monteur', 'monteur werktuigkundige installaties', 'installateur'],
			description: 'Je legt leidingen aan voor water, gas, verwarming en ventilatie. Je plaatst cv-ketels en sanitair en lost lekkages en storingen op.',
			skillIds: ['waterleidingen', 'cv-ketels', 'solderen-persen', 'gasinstallaties', 'ventilatie', 'inregelen', 'technische-tekening-lezen', 'meten-aftekenen', 'handgereedschap', 'veilig-werken-vca', 'klantgericht-werken', 'zelfstandig-werken', 'storingen-verhelpen']
		},
		{
			id: 'monteur-zonnepanelen', label: 'Monteur zonnepanelen', labelEn: 'Solar panel installer', typicalLevel: 'mbo-2',
			synonyms: ['zonnepanelenmonteur', 'PV-monteur', 'solar monteur'],
			description: 'Je plaatst zonnepanelen op daken van huizen en bedrijven en sluit ze aan. Je werkt veilig op hoogte, vaak in een klein team.',
			skillIds: ['zonnepanelen-monteren', 'omvormer-aansluiten', 'werken-op-hoogte', 'elektra-aanleggen', 'elektrisch-meten', 'nen-3140', 'daken-aanbrengen', 'hijsen-aanslaan', 'veilig-werken-vca', 'samenwerken-in-team', 'ergonomisch-werken', 'klantgericht-werken']
		},
		{
			id: 'servicemonteur-warmtepompen', label: 'Servicemonteur warmtepompen', labelEn: 'Heat pump service engineer', typicalLevel: 'mbo-3',
			synonyms: ['monteur warmtetechniek', 'warmtepompmonteur', 'servicemonteur klimaattechniek'],
			description: 'Je installeert en onderhoudt warmtepompen en verwarmingssystemen bij mensen thuis. Je lost storingen op en legt klanten uit hoe ze energie besparen.',
			skillIds: ['warmtepomp-installeren', 'f-gassen', 'inregelen', 'cv-ketels', 'storingen-verhelpen', 'elektrische-schemas-lezen', 'elektrisch-meten', 'preventief-onderhoud', 'energieadvies', 'klantgericht-werken', 'zelfstandig-werken', 'rijbewijs-b', 'schriftelijk-rapporteren']
		}
	]
};
