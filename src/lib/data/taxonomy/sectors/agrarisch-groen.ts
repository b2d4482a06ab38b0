import type { SectorModule } from '$lib/data/taxonomy/types';

/** Twente is largely rural: dairy farms and loonbedrijven are common employers outside the cities. */
export const AGRARISCH_GROEN: SectorModule = {
	sector: { id: 'agrarisch-groen', label: 'Agrarisch en groen', labelEn: 'Agriculture and landscaping' },
	skills: [
		{ id: 'beplanting-verzorgen', label: 'Planten en beplanting verzorgen', labelEn: 'Planting and plant care', category: 'vakkennis', synonyms: ['plantenkennis', 'beplanten', 'onkruid wieden'] },
		{ id: 'snoeien', label: 'Snoeien', labelEn: 'Pruning', category: 'vakkennis', synonyms: ['snoeiwerk', 'boomverzorging', 'heggen knippen'] },
		{ id: 'tuinen-aanleggen', label: 'Tuinen aanleggen', labelEn: 'Garden construction', category: 'vakkennis', synonyms: ['tuinaanleg', 'schutting plaatsen', 'vijver aanleggen'] },
		{ id: 'gazon-onderhouden', label: 'Gazon onderhouden', labelEn: 'Lawn care', category: 'vakkennis', synonyms: ['maaien', 'grasmaaier', 'gras zaaien'] },
		{ id: 'groenmachines', label: 'Groenmachines bedienen', labelEn: 'Operating grounds maintenance machinery', category: 'vakkennis', synonyms: ['bosmaaier', 'heggenschaar', 'kettingzaag', 'bladblazer'] },
		{ id: 'tuinontwerp', label: 'Tuinontwerp lezen en maken', labelEn: 'Garden design', category: 'vakkennis', synonyms: ['beplantingsplan', 'tuintekening', 'tuinplan'] },
		{ id: 'melken', label: 'Melken', labelEn: 'Milking', category: 'vakkennis', synonyms: ['melkrobot', 'melkstal', 'melkveehouderij'] },
		{ id: 'vee-verzorgen', label: 'Vee verzorgen en voeren', labelEn: 'Livestock care and feeding', category: 'vakkennis', synonyms: ['voeren', 'jongvee', 'stalwerk'] },
		{ id: 'diergezondheid', label: 'Diergezondheid bewaken', labelEn: 'Monitoring animal health', category: 'vakkennis', synonyms: ['dierwelzijn', 'klauwverzorging', 'ziektesignalen'] },
		{ id: 'trekker-rijden', label: 'Trekker rijden (rijbewijs T)', labelEn: 'Driving a tractor (licence T)', category: 'vakkennis', synonyms: ['trekker', 'tractor', 'rijbewijs T'] },
		{ id: 'landbouwwerktuigen', label: 'Landbouwwerktuigen bedienen', labelEn: 'Operating farm implements', category: 'vakkennis', synonyms: ['ploegen', 'oogsten', 'loonwerk', 'hakselen'] },
		{ id: 'gewasbescherming', label: 'Gewasbescherming toepassen', labelEn: 'Crop protection', category: 'veiligheid', synonyms: ['spuitlicentie', 'bestrijdingsmiddelen', 'gewas spuiten'] },
		{ id: 'bemesten', label: 'Bodem verzorgen en bemesten', labelEn: 'Soil care and fertilising', category: 'vakkennis', synonyms: ['bemesting', 'mest uitrijden', 'bodemkunde'] }
	],
	occupations: [
		{
			id: 'hovenier', label: 'Hovenier', labelEn: 'Landscape gardener', typicalLevel: 'mbo-2',
			synonyms: ['groenvoorziener', 'medewerker groen', 'tuinman', 'hoveniersmedewerker'],
			description: 'Je legt tuinen en parken aan en onderhoudt ze. Je plant, snoeit, maait en bestraat paden, vaak buiten en met machines.',
			skillIds: ['beplanting-verzorgen', 'snoeien', 'tuinen-aanleggen', 'gazon-onderhouden', 'groenmachines', 'tuinontwerp', 'bestraten', 'ergonomisch-werken', 'veilig-werken-vca', 'klantgericht-werken', 'samenwerken-in-team', 'zelfstandig-werken']
		},
		{
			id: 'medewerker-melkveehouderij', label: 'Medewerker melkveehouderij', labelEn: 'Dairy farm worker', typicalLevel: 'mbo-2',
			synonyms: ['veehouder', 'melker', 'agrarisch medewerker vee'],
			description: 'Je werkt op een boerderij met koeien. Je melkt, voert en verzorgt de dieren, let op hun gezondheid en helpt op het land.',
			skillIds: ['melken', 'vee-verzorgen', 'diergezondheid', 'trekker-rijden', 'landbouwwerktuigen', 'bemesten', 'hygienisch-werken', 'preventief-onderhoud', 'gegevens-invoeren', 'flexibel-inzetbaar', 'zelfstandig-werken']
		},
		{
			id: 'medewerker-loonbedrijf', label: 'Medewerker loonbedrijf', labelEn: 'Agricultural contractor operator', typicalLevel: 'mbo-3',
			synonyms: ['loonwerker', 'trekkerchauffeur', 'machinist loonwerk'],
			description: 'Je doet met grote machines werk voor boeren en gemeenten, zoals zaaien, oogsten, mest uitrijden en grondwerk. Je onderhoudt ook de machines.',
			skillIds: ['trekker-rijden', 'landbouwwerktuigen', 'gewasbescherming', 'bemesten', 'graafmachine-bedienen', 'preventief-onderhoud', 'storingen-verhelpen', 'lading-zekeren', 'graven-bij-kabels', 'zelfstandig-werken', 'flexibel-inzetbaar', 'veilig-werken-vca']
		}
	]
};
