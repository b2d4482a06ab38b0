import type { SectorModule } from '$lib/data/taxonomy/types';

/** Metaal en maakindustrie: Twente's hightech cluster is second only to Zuidoost-Brabant. */
export const TECHNIEK: SectorModule = {
	sector: { id: 'techniek', label: 'Techniek, metaal en maakindustrie', labelEn: 'Engineering, metal and manufacturing' },
	skills: [
		{ id: 'cnc-programmeren', label: 'CNC-machine programmeren', labelEn: 'CNC programming', category: 'vakkennis', synonyms: ['CNC', 'G-code', 'Heidenhain', 'Sinumerik'] },
		{ id: 'cnc-draaien', label: 'CNC-draaien', labelEn: 'CNC turning', category: 'vakkennis', synonyms: ['draaibank', 'draaien', 'CNC-draaibank'] },
		{ id: 'cnc-frezen', label: 'CNC-frezen', labelEn: 'CNC milling', category: 'vakkennis', synonyms: ['freesmachine', 'frezen', 'bewerkingscentrum'] },
		{ id: 'cam-software', label: 'Programmeren met CAM-software', labelEn: 'CAM programming', category: 'digitaal', synonyms: ['CAM', 'Mastercam', 'Fusion 360'] },
		{ id: 'machine-instellen', label: 'Machine en gereedschap instellen', labelEn: 'Setting up machines and tools', category: 'vakkennis', synonyms: ['omstellen', 'instellen', 'nulpunt bepalen'] },
		{ id: 'precisiemeten', label: 'Meten met precisiemeetgereedschap', labelEn: 'Precision measuring', category: 'vakkennis', synonyms: ['micrometer', 'meetklok', '3D-meetmachine'] },
		{ id: 'materiaalkennis-metaal', label: 'Kennis van metalen', labelEn: 'Knowledge of metals', category: 'vakkennis', synonyms: ['materiaalkennis', 'staalsoorten', 'rvs', 'aluminium'] },
		{ id: 'mig-mag-lassen', label: 'MIG/MAG-lassen', labelEn: 'MIG/MAG welding', category: 'vakkennis', synonyms: ['MAG-lassen', 'MIG-lassen', 'CO2-lassen', 'lassen'] },
		{ id: 'tig-lassen', label: 'TIG-lassen', labelEn: 'TIG welding', category: 'vakkennis', synonyms: ['TIG', 'argonlassen', 'WIG-lassen'] },
		{ id: 'elektrodelassen', label: 'Elektrodelassen', labelEn: 'Stick welding (MMA)', category: 'vakkennis', synonyms: ['BMBE', 'booglassen', 'staaflassen'] },
		{ id: 'lassen-volgens-wps', label: 'Lassen volgens een lasmethodebeschrijving', labelEn: 'Welding to a WPS', category: 'vakkennis', synonyms: ['WPS', 'lasprocedure', 'lascertificaat'] },
		{ id: 'plaatbewerking', label: 'Plaat bewerken', labelEn: 'Sheet metal working', category: 'vakkennis', synonyms: ['kantbank', 'zetten', 'walsen', 'plaatwerk'] },
		{ id: 'thermisch-snijden', label: 'Thermisch snijden', labelEn: 'Thermal cutting', category: 'vakkennis', synonyms: ['plasmasnijden', 'autogeen snijden', 'snijbrander'] },
		{ id: 'constructie-samenstellen', label: 'Staalconstructies samenstellen', labelEn: 'Assembling steel structures', category: 'vakkennis', synonyms: ['samenbouwen', 'hechten', 'constructiewerk'] },
		{ id: 'boren-tappen-zagen', label: 'Boren, tappen en zagen', labelEn: 'Drilling, tapping and sawing', category: 'vakkennis', synonyms: ['draadtappen', 'zaagmachine', 'kolomboor'] },
		{ id: 'slijpen-afbramen', label: 'Slijpen en afbramen', labelEn: 'Grinding and deburring', category: 'vakkennis', synonyms: ['afbramen', 'haakse slijper', 'bramen verwijderen'] },
		{ id: 'mechanisch-monteren', label: 'Mechanisch monteren', labelEn: 'Mechanical assembly', category: 'vakkennis', synonyms: ['assemblage', 'monteren', 'montagewerk'] },
		{ id: 'hydrauliek-pneumatiek', label: 'Hydrauliek en pneumatiek', labelEn: 'Hydraulics and pneumatics', category: 'vakkennis', synonyms: ['hydraulica', 'pneumatiek', 'perslucht'] },
		{ id: 'aandrijvingen-onderhouden', label: 'Aandrijvingen en lagers onderhouden', labelEn: 'Maintaining drives and bearings', category: 'vakkennis', synonyms: ['lagers', 'tandwielkast', 'uitlijnen'] },
		{ id: 'plc-programmeren', label: 'PLC programmeren', labelEn: 'PLC programming', category: 'digitaal', synonyms: ['PLC', 'TIA Portal', 'Step 7'] },
		{ id: 'besturingstechniek', label: 'Besturingstechniek', labelEn: 'Control engineering', category: 'vakkennis', synonyms: ['besturingen', 'schakelkast', 'regeltechniek'] },
		{ id: 'elektrische-schemas-lezen', label: 'Elektrische schema’s lezen', labelEn: 'Reading electrical diagrams', category: 'vakkennis', synonyms: ['elektroschema', 'schakelschema', 'bedradingsschema'] },
		{ id: 'nen-3140', label: 'Veilig werken aan elektrische installaties (NEN 3140)', labelEn: 'Electrical safety (NEN 3140)', category: 'veiligheid', synonyms: ['NEN 3140', 'VOP', 'voldoende onderricht persoon'] },
		{ id: 'robots-programmeren', label: 'Robots bedienen en programmeren', labelEn: 'Operating and programming robots', category: 'vakkennis', synonyms: ['robot', 'cobot', 'lasrobot'] },
		{ id: 'productiemachines-bedienen', label: 'Productiemachines bedienen', labelEn: 'Operating production machines', category: 'vakkennis', synonyms: ['machinebediening', 'lijn bedienen', 'machine bedienen'] },
		{ id: 'productieproces-bewaken', label: 'Productieproces bewaken', labelEn: 'Monitoring the production process', category: 'vakkennis', synonyms: ['procesbewaking', 'procescontrole', 'SPC'] },
		{ id: 'lean-verbeteren', label: 'Werkprocessen verbeteren (lean)', labelEn: 'Continuous improvement (lean)', category: 'zelfmanagement', synonyms: ['lean', 'continu verbeteren', 'kaizen', 'six sigma'] },
		{ id: 'kunststof-verwerken', label: 'Kunststof verwerken', labelEn: 'Plastics processing', category: 'vakkennis', synonyms: ['spuitgieten', 'extruderen', 'spuitgietmachine'] },
		{ id: 'onderhoud-registreren', label: 'Onderhoud registreren', labelEn: 'Recording maintenance work', category: 'digitaal', synonyms: ['onderhoudssysteem', 'werkorders', 'storingsregistratie'] },
		{ id: 'cad-3d-tekenen', label: 'Tekenen in 3D-CAD', labelEn: '3D CAD modelling', category: 'digitaal', synonyms: ['SolidWorks', 'Inventor', 'CAD-tekenen'] },
		{ id: 'sensoren-meettechniek', label: 'Sensoren en meettechniek', labelEn: 'Sensors and instrumentation', category: 'vakkennis', synonyms: ['sensoren', 'instrumentatie', 'meet- en regeltechniek'] },
		{ id: 'esd-veilig-werken', label: 'ESD-veilig en stofvrij werken', labelEn: 'ESD-safe and cleanroom work', category: 'veiligheid', synonyms: ['ESD', 'cleanroom', 'statische elektriciteit'] },
		{ id: 'bekabelen', label: 'Bekabelen en bedraden', labelEn: 'Wiring and cabling', category: 'vakkennis', synonyms: ['kabelboom', 'bedraden', 'printplaten solderen'] }
	],
	occupations: [
		{
			id: 'cnc-verspaner', label: 'CNC-verspaner', labelEn: 'CNC machinist', typicalLevel: 'mbo-3',
			synonyms: ['CNC-operator', 'verspaner', 'CNC-frezer', 'CNC-draaier'],
			description: 'Je maakt metalen onderdelen op een draaibank of freesmachine die door een computer wordt gestuurd. Je leest de tekening, stelt de machine in en controleert de maten.',
			skillIds: ['cnc-programmeren', 'cnc-frezen', 'cnc-draaien', 'machine-instellen', 'technische-tekening-lezen', 'precisiemeten', 'cam-software', 'materiaalkennis-metaal', 'kwaliteit-controleren', 'nauwkeurig-werken', 'veilig-werken-vca', 'zelfstandig-werken', 'problemen-oplossen']
		},
		{
			id: 'lasser', label: 'Lasser', labelEn: 'Welder', typicalLevel: 'mbo-2',
			synonyms: ['constructielasser', 'lasser-samensteller', 'TIG-lasser', 'MIG/MAG-lasser'],
			description: 'Je verbindt metalen delen door ze aan elkaar te lassen. Je werkt volgens tekening en lasvoorschrift en zorgt dat de las sterk en netjes is.',
			skillIds: ['mig-mag-lassen', 'tig-lassen', 'elektrodelassen', 'lassen-volgens-wps', 'constructie-samenstellen', 'technische-tekening-lezen', 'slijpen-afbramen', 'thermisch-snijden', 'materiaalkennis-metaal', 'meten-aftekenen', 'kwaliteit-controleren', 'veilig-werken-vca', 'nauwkeurig-werken']
		},
		{
			id: 'constructiebankwerker', label: 'Constructiebankwerker', labelEn: 'Metal fabricator', typicalLevel: 'mbo-2',
			synonyms: ['plaatwerker', 'metaalbewerker', 'bankwerker'],
			description: 'Je maakt metalen constructies zoals frames, trappen en machinedelen. Je knipt, zet en boort plaat en profielen en zet de delen in elkaar.',
			skillIds: ['plaatbewerking', 'constructie-samenstellen', 'boren-tappen-zagen', 'thermisch-snijden', 'slijpen-afbramen', 'mig-mag-lassen', 'technische-tekening-lezen', 'meten-aftekenen', 'handgereedschap', 'hijsen-aanslaan', 'veilig-werken-vca', 'samenwerken-in-team']
		},
		{
			id: 'onderhoudsmonteur', label: 'Onderhoudsmonteur', labelEn: 'Maintenance technician', typicalLevel: 'mbo-3',
			synonyms: ['monteur technische dienst', 'TD-monteur', 'servicemonteur industrie', 'monteur werktuigbouw'],
			description: 'Je zorgt dat machines in de fabriek blijven draaien. Je doet gepland onderhoud en lost storingen op, aan mechanische, hydraulische en elektrische delen.',
			skillIds: ['storingen-verhelpen', 'preventief-onderhoud', 'mechanisch-monteren', 'hydrauliek-pneumatiek', 'aandrijvingen-onderhouden', 'elektrische-schemas-lezen', 'nen-3140', 'technische-tekening-lezen', 'onderhoud-registreren', 'handgereedschap', 'veilig-werken-vca', 'werken-op-hoogte', 'zelfstandig-werken', 'duidelijk-communiceren']
		},
		{
			id: 'operator-productie', label: 'Operator productie', labelEn: 'Production operator', typicalLevel: 'mbo-2',
			synonyms: ['machineoperator', 'procesoperator', 'productiemedewerker metaal', 'lijnoperator'],
			description: 'Je bedient machines in een fabriek en houdt het productieproces in de gaten. Je stelt bij als er iets misgaat en controleert of de producten goed zijn.',
			skillIds: ['productiemachines-bedienen', 'productieproces-bewaken', 'machine-instellen', 'kwaliteit-controleren', 'werkinstructies-volgen', 'storingen-verhelpen', 'lean-verbeteren', 'kunststof-verwerken', 'schoonmaken-werkplek', 'gegevens-invoeren', 'veilig-werken-vca', 'flexibel-inzetbaar', 'samenwerken-in-team', 'overdracht-geven']
		},
		{
			id: 'mechatronicus', label: 'Mechatronicus', labelEn: 'Mechatronics technician', typicalLevel: 'mbo-4',
			synonyms: ['monteur mechatronica', 'technicus mechatronica', 'servicetechnicus machinebouw'],
			description: 'Je werkt aan machines waarin mechanica, elektronica en software samenkomen. Je bouwt, test en programmeert installaties en robots.',
			skillIds: ['plc-programmeren', 'besturingstechniek', 'sensoren-meettechniek', 'robots-programmeren', 'elektrische-schemas-lezen', 'mechanisch-monteren', 'hydrauliek-pneumatiek', 'storingen-verhelpen', 'cad-3d-tekenen', 'nen-3140', 'technische-tekening-lezen', 'problemen-oplossen', 'engels', 'schriftelijk-rapporteren']
		},
		{
			id: 'monteur-assemblage', label: 'Monteur assemblage', labelEn: 'Assembly technician', typicalLevel: 'mbo-2',
			synonyms: ['assemblagemedewerker', 'montagemedewerker', 'samenbouwer'],
			description: 'Je bouwt machines of apparaten in elkaar volgens een werkinstructie. In de hightech werk je vaak heel precies en in een stofvrije ruimte.',
			skillIds: ['mechanisch-monteren', 'werkinstructies-volgen', 'technische-tekening-lezen', 'bekabelen', 'esd-veilig-werken', 'handgereedschap', 'kwaliteit-controleren', 'nauwkeurig-werken', 'samenwerken-in-team', 'gegevens-invoeren']
		}
	]
};
