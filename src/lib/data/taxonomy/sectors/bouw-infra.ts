import type { SectorModule } from '$lib/data/taxonomy/types';

export const BOUW_INFRA: SectorModule = {
	sector: { id: 'bouw-infra', label: 'Bouw en infra', labelEn: 'Construction and infrastructure' },
	skills: [
		{ id: 'timmeren', label: 'Timmeren en hout bewerken', labelEn: 'Carpentry and woodworking', category: 'vakkennis', synonyms: ['houtbewerking', 'timmerwerk', 'zagen en schaven'] },
		{ id: 'kozijnen-plaatsen', label: 'Kozijnen, deuren en ramen plaatsen', labelEn: 'Fitting frames, doors and windows', category: 'vakkennis', synonyms: ['kozijnen stellen', 'deuren afhangen', 'beglazen'] },
		{ id: 'bekisting-maken', label: 'Bekisting maken', labelEn: 'Building formwork', category: 'vakkennis', synonyms: ['bekisten', 'betonbekisting', 'systeembekisting'] },
		{ id: 'daken-aanbrengen', label: 'Daken aanbrengen', labelEn: 'Roofing', category: 'vakkennis', synonyms: ['dakdekken', 'dakpannen', 'dakbeschot'] },
		{ id: 'isoleren', label: 'Isoleren', labelEn: 'Insulating buildings', category: 'vakkennis', synonyms: ['isolatie aanbrengen', 'na-isolatie', 'spouwisolatie'] },
		{ id: 'metselen', label: 'Metselen', labelEn: 'Bricklaying', category: 'vakkennis', synonyms: ['metselwerk', 'voegen', 'lijmwerk'] },
		{ id: 'betonwerk', label: 'Beton storten en afwerken', labelEn: 'Pouring and finishing concrete', category: 'vakkennis', synonyms: ['beton storten', 'betonwerk', 'wapening vlechten'] },
		{ id: 'bestraten', label: 'Bestraten', labelEn: 'Paving', category: 'vakkennis', synonyms: ['straatwerk', 'klinkers leggen', 'stratenmaken'] },
		{ id: 'zandbed-aanbrengen', label: 'Zandbed en fundering aanbrengen', labelEn: 'Preparing the sub-base', category: 'vakkennis', synonyms: ['afreien', 'profiel trekken', 'funderingslaag'] },
		{ id: 'graafmachine-bedienen', label: 'Graafmachine bedienen', labelEn: 'Operating an excavator', category: 'vakkennis', synonyms: ['graafmachine', 'kraan', 'minigraver', 'shovel'] },
		{ id: 'graven-bij-kabels', label: 'Veilig graven bij kabels en leidingen', labelEn: 'Excavating safely near cables and pipes', category: 'veiligheid', synonyms: ['KLIC', 'graafschade', 'CROW 500'] },
		{ id: 'werkvak-afzetten', label: 'Werkvak afzetten langs de weg', labelEn: 'Setting up road works safety', category: 'veiligheid', synonyms: ['verkeersmaatregelen', 'wegafzetting', 'CROW 96b'] },
		{ id: 'gps-machinebesturing', label: 'Werken met GPS-machinebesturing', labelEn: 'GPS machine guidance', category: 'digitaal', synonyms: ['machinebesturing', 'GPS', 'maatvoering machine'] },
		{ id: 'maatvoering-uitzetten', label: 'Maatvoering uitzetten', labelEn: 'Setting out', category: 'vakkennis', synonyms: ['uitzetten', 'waterpassen', 'bouwlaser'] },
		{ id: 'schilderen', label: 'Schilderen en lakken', labelEn: 'Painting and varnishing', category: 'vakkennis', synonyms: ['schilderwerk', 'lakken', 'kwasten en rollen'] },
		{ id: 'ondergrond-voorbereiden', label: 'Ondergrond voorbereiden', labelEn: 'Surface preparation', category: 'vakkennis', synonyms: ['schuren', 'plamuren', 'ontvetten'] },
		{ id: 'kleuradvies', label: 'Advies geven over kleur en verf', labelEn: 'Colour and paint advice', category: 'communicatie', synonyms: ['kleurkeuze', 'verfsoorten', 'kleurenadvies'] },
		{ id: 'behangen', label: 'Behangen en wanden afwerken', labelEn: 'Wallpapering', category: 'vakkennis', synonyms: ['behang', 'glasweefsel', 'wandbekleding'] },
		{ id: 'bouwplanning', label: 'Bouwplanning maken en bewaken', labelEn: 'Construction planning', category: 'vakkennis', synonyms: ['uitvoeringsplanning', 'fasering', 'bouwschema'] },
		{ id: 'bouwregels', label: 'Bouwregels toepassen', labelEn: 'Applying building regulations', category: 'vakkennis', synonyms: ['Bouwbesluit', 'Besluit bouwwerken leefomgeving', 'bouwvoorschriften'] },
		{ id: 'bouwkosten-bewaken', label: 'Bouwkosten bewaken', labelEn: 'Construction cost control', category: 'rekenen', synonyms: ['begroting', 'meerwerk', 'kostenbewaking'] },
		{ id: 'veiligheid-bouwplaats', label: 'Veiligheid op de bouwplaats regelen', labelEn: 'Site safety management', category: 'veiligheid', synonyms: ['V&G-plan', 'toolboxmeeting', 'LMRA'] },
		{ id: 'bim-modellen', label: 'Werken met BIM-modellen', labelEn: 'Working with BIM models', category: 'digitaal', synonyms: ['BIM', 'Revit', 'bouwmodel'] },
		{ id: 'slopen', label: 'Sloop- en breekwerk', labelEn: 'Demolition work', category: 'vakkennis', synonyms: ['slopen', 'breekwerk', 'asbest herkennen'] },
		{ id: 'prefab-monteren', label: 'Prefab-elementen monteren', labelEn: 'Assembling prefab elements', category: 'vakkennis', synonyms: ['prefab', 'modulair bouwen', 'houtskeletbouw'] },
		{ id: 'riolering-aanleggen', label: 'Riolering aanleggen', labelEn: 'Laying sewers', category: 'vakkennis', synonyms: ['riolering', 'buizen leggen', 'rioolwerk'] },
		{ id: 'onderaannemers-aansturen', label: 'Onderaannemers aansturen', labelEn: 'Coordinating subcontractors', category: 'leidinggeven', synonyms: ['onderaannemers', 'coördineren op de bouw'] }
	],
	occupations: [
		{
			id: 'timmerman', label: 'Timmerman', labelEn: 'Carpenter', typicalLevel: 'mbo-2',
			synonyms: ['allround timmerman', 'bouwtimmerman', 'timmervrouw'],
			description: 'Je bouwt en verbouwt huizen en gebouwen met hout en andere materialen. Je plaatst kozijnen, maakt daken en wanden en werkt op de bouwplaats.',
			skillIds: ['timmeren', 'kozijnen-plaatsen', 'bekisting-maken', 'daken-aanbrengen', 'isoleren', 'prefab-monteren', 'technische-tekening-lezen', 'meten-aftekenen', 'handgereedschap', 'werken-op-hoogte', 'veilig-werken-vca', 'samenwerken-in-team', 'ergonomisch-werken']
		},
		{
			id: 'metselaar', label: 'Metselaar', labelEn: 'Bricklayer', typicalLevel: 'mbo-2',
			synonyms: ['allround metselaar', 'lijmer', 'voeger'],
			description: 'Je bouwt muren van bakstenen of blokken. Je zet de maten uit, metselt recht en strak en werkt vaak buiten in een team.',
			skillIds: ['metselen', 'maatvoering-uitzetten', 'technische-tekening-lezen', 'meten-aftekenen', 'betonwerk', 'isoleren', 'handgereedschap', 'werken-op-hoogte', 'veilig-werken-vca', 'ergonomisch-werken', 'samenwerken-in-team', 'nauwkeurig-werken']
		},
		{
			id: 'straatmaker', label: 'Straatmaker', labelEn: 'Paver', typicalLevel: 'mbo-2',
			synonyms: ['stratenmaker', 'bestrater', 'medewerker wegenbouw'],
			description: 'Je legt straten, stoepen en pleinen aan. Je maakt de ondergrond vlak, legt klinkers of tegels en let op veiligheid langs de weg.',
			skillIds: ['bestraten', 'zandbed-aanbrengen', 'maatvoering-uitzetten', 'graven-bij-kabels', 'werkvak-afzetten', 'riolering-aanleggen', 'graafmachine-bedienen', 'ergonomisch-werken', 'veilig-werken-vca', 'samenwerken-in-team', 'technische-tekening-lezen']
		},
		{
			id: 'machinist-grondverzet', label: 'Machinist grondverzet', labelEn: 'Earthmoving machine operator', typicalLevel: 'mbo-3',
			synonyms: ['machinist', 'kraanmachinist', 'grondverzetter'],
			description: 'Je bedient graafmachines en shovels bij de aanleg van wegen, leidingen en bouwterreinen. Je graaft precies op hoogte en let op kabels in de grond.',
			skillIds: ['graafmachine-bedienen', 'gps-machinebesturing', 'graven-bij-kabels', 'maatvoering-uitzetten', 'technische-tekening-lezen', 'hijsen-aanslaan', 'preventief-onderhoud', 'werkvak-afzetten', 'slopen', 'veilig-werken-vca', 'zelfstandig-werken', 'samenwerken-in-team']
		},
		{
			id: 'schilder', label: 'Schilder', labelEn: 'Painter and decorator', typicalLevel: 'mbo-2',
			synonyms: ['huisschilder', 'onderhoudsschilder', 'schilder-afwerker'],
			description: 'Je schildert huizen en gebouwen, binnen en buiten. Je maakt de ondergrond eerst goed klaar en geeft klanten advies over kleur en verf.',
			skillIds: ['schilderen', 'ondergrond-voorbereiden', 'behangen', 'kleuradvies', 'werken-op-hoogte', 'gevaarlijke-stoffen', 'klantgericht-werken', 'handgereedschap', 'nauwkeurig-werken', 'veilig-werken-vca', 'zelfstandig-werken']
		},
		{
			id: 'uitvoerder-bouw', label: 'Uitvoerder bouw', labelEn: 'Site manager', typicalLevel: 'mbo-4',
			synonyms: ['uitvoerder', 'bouwleider', 'uitvoerder utiliteitsbouw'],
			description: 'Je leidt het werk op de bouwplaats. Je maakt de planning, stuurt vakmensen en onderaannemers aan en bewaakt kwaliteit, kosten en veiligheid.',
			skillIds: ['bouwplanning', 'onderaannemers-aansturen', 'veiligheid-bouwplaats', 'bouwkosten-bewaken', 'bouwregels', 'bim-modellen', 'technische-tekening-lezen', 'leidinggeven', 'duidelijk-communiceren', 'kwaliteit-controleren', 'schriftelijk-rapporteren', 'problemen-oplossen', 'omgaan-met-werkdruk', 'veilig-werken-vca']
		}
	]
};
