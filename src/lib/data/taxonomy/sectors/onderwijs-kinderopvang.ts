import type { SectorModule } from '$lib/data/taxonomy/types';

export const ONDERWIJS_KINDEROPVANG: SectorModule = {
	sector: { id: 'onderwijs-kinderopvang', label: 'Onderwijs en kinderopvang', labelEn: 'Education and childcare' },
	skills: [
		{ id: 'kinderen-verzorgen', label: 'Jonge kinderen verzorgen', labelEn: 'Caring for young children', category: 'vakkennis', synonyms: ['baby verzorgen', 'luiers verschonen', 'flesvoeding'] },
		{ id: 'ontwikkeling-volgen', label: 'Ontwikkeling van kinderen volgen', labelEn: 'Monitoring child development', category: 'vakkennis', synonyms: ['kindvolgsysteem', 'kinderen observeren', 'ontwikkelingslijnen'] },
		{ id: 'activiteiten-kinderen', label: 'Activiteiten voor kinderen aanbieden', labelEn: 'Organising activities for children', category: 'vakkennis', synonyms: ['spelactiviteiten', 'knutselen', 'spelbegeleiding'] },
		{ id: 'vve', label: 'Voor- en vroegschoolse educatie (VVE)', labelEn: 'Early childhood education (VVE)', category: 'vakkennis', synonyms: ['VVE', 'Piramide', 'Uk & Puk'] },
		{ id: 'groep-begeleiden', label: 'Een groep kinderen begeleiden', labelEn: 'Managing a group of children', category: 'vakkennis', synonyms: ['groepsdynamiek', 'groepsleiding', 'klassenmanagement'] },
		{ id: 'contact-met-ouders', label: 'Contact met ouders onderhouden', labelEn: 'Communicating with parents', category: 'communicatie', synonyms: ['oudergesprek', 'oudercontact', 'haal- en brengmoment'] },
		{ id: 'meldcode', label: 'Werken met de meldcode kindermishandeling', labelEn: 'Child protection reporting code', category: 'veiligheid', synonyms: ['meldcode huiselijk geweld', 'kindermishandeling signaleren', 'Veilig Thuis'] },
		{ id: 'pedagogisch-handelen', label: 'Pedagogisch handelen', labelEn: 'Pedagogical practice', category: 'vakkennis', synonyms: ['pedagogiek', 'opvoeden', 'pedagogisch klimaat'] },
		{ id: 'leerlingen-ondersteunen', label: 'Leerlingen helpen bij het leren', labelEn: 'Supporting pupils with learning', category: 'vakkennis', synonyms: ['bijles', 'remedial teaching', 'leerondersteuning'] },
		{ id: 'lesmateriaal-voorbereiden', label: 'Lesmateriaal voorbereiden', labelEn: 'Preparing teaching materials', category: 'vakkennis', synonyms: ['lesvoorbereiding', 'lesmateriaal maken', 'werkbladen'] },
		{ id: 'instructie-geven', label: 'Instructie en uitleg geven', labelEn: 'Giving instruction', category: 'communicatie', synonyms: ['lesgeven', 'instructie', 'voordoen'] },
		{ id: 'digitale-leermiddelen', label: 'Digitale leermiddelen gebruiken', labelEn: 'Using digital learning tools', category: 'digitaal', synonyms: ['digibord', 'Chromebook', 'leerplatform'] },
		{ id: 'praktijk-beoordelen', label: 'Beoordelen in de praktijk', labelEn: 'Assessing practical work', category: 'vakkennis', synonyms: ['beoordelen', 'assessment', 'examineren'] }
	],
	occupations: [
		{
			id: 'pedagogisch-medewerker', label: 'Pedagogisch medewerker kinderopvang', labelEn: 'Childcare worker', typicalLevel: 'mbo-3',
			synonyms: ['PM-er', 'leidster kinderdagverblijf', 'BSO-medewerker', 'medewerker kinderopvang'],
			description: 'Je zorgt voor kinderen op een kinderdagverblijf of bij de buitenschoolse opvang. Je speelt, verzorgt en helpt kinderen zich goed te ontwikkelen.',
			skillIds: ['pedagogisch-handelen', 'kinderen-verzorgen', 'groep-begeleiden', 'ontwikkeling-volgen', 'activiteiten-kinderen', 'vve', 'contact-met-ouders', 'meldcode', 'eerste-hulp', 'hygienisch-werken', 'schriftelijk-rapporteren', 'samenwerken-in-team', 'nederlands-spreken']
		},
		{
			id: 'onderwijsassistent', label: 'Onderwijsassistent', labelEn: 'Teaching assistant', typicalLevel: 'mbo-4',
			synonyms: ['klassenassistent', 'leraarondersteuner', 'assistent leraar'],
			description: 'Je helpt de leraar op een basisschool of in het voortgezet onderwijs. Je begeleidt groepjes leerlingen, legt uit en bereidt lessen voor.',
			skillIds: ['leerlingen-ondersteunen', 'instructie-geven', 'groep-begeleiden', 'lesmateriaal-voorbereiden', 'ontwikkeling-volgen', 'digitale-leermiddelen', 'pedagogisch-handelen', 'contact-met-ouders', 'meldcode', 'samenwerken-in-team', 'nederlands-schrijven', 'rekenvaardigheid']
		},
		{
			id: 'praktijkopleider', label: 'Praktijkopleider', labelEn: 'Workplace trainer', typicalLevel: 'mbo-4',
			synonyms: ['leermeester', 'werkbegeleider', 'bedrijfsinstructeur'],
			description: 'Je leert nieuwe collega’s en leerlingen het vak in een bedrijf. Je doet dingen voor, geeft uitleg en beoordeelt hoe iemand het doet.',
			skillIds: ['instructie-geven', 'inwerken-collegas', 'praktijk-beoordelen', 'lesmateriaal-voorbereiden', 'duidelijk-communiceren', 'schriftelijk-rapporteren', 'veilig-werken-vca', 'kwaliteit-controleren', 'eigen-werk-plannen', 'digitale-leermiddelen', 'contact-maken-inleven']
		}
	]
};
