import type { EvidenceKind, Kerntaak, Kwalificatie, Werkproces } from './types';

/*
 * A curated set of mbo-kwalificaties that lead to Twente kansberoepen (zorg, logistiek, techniek, bouw,
 * installatie, procesindustrie). Kerntaken and werkprocessen follow the structure of the SBB
 * kwalificatiedossiers, but every title and description is our own short summary in plain Dutch.
 * Ids are stable: evidence records store werkproces ids.
 */

const wp = (
	id: string,
	title: string,
	titleEn: string,
	description: string,
	descriptionEn: string,
	skillIds: string[],
	bestProof: EvidenceKind[]
): Werkproces => ({ id, title, titleEn, description, descriptionEn, skillIds, bestProof });

const kt = (id: string, title: string, titleEn: string, werkprocessen: Werkproces[]): Kerntaak => ({ id, title, titleEn, werkprocessen });

const VERZORGENDE_IG: Kwalificatie = {
	id: 'verzorgende-ig',
	name: 'Verzorgende IG',
	nameEn: 'Certified care assistant (IG)',
	level: 3,
	sector: 'zorg-welzijn',
	occupationIds: ['verzorgende-ig'],
	kerntaken: [
		kt('vig-1', 'Zorg plannen en verlenen', 'Planning and giving care', [
			wp('vig-1-1', 'Zorgbehoefte in kaart brengen', 'Finding out what care is needed',
				'Je praat met de cliënt en naasten en kijkt goed wat iemand zelf kan en waar hulp nodig is.',
				'You talk with the client and family and observe what someone can do alone and where help is needed.',
				['observeren-signaleren', 'contact-maken-inleven', 'werken-met-zorgplan'], ['starr', 'werkgeversverklaring']),
			wp('vig-1-2', 'Zorgplan opstellen en bijstellen', 'Writing and updating the care plan',
				'Je schrijft samen met de cliënt doelen en afspraken op en past ze aan als de situatie verandert.',
				'Together with the client you write down goals and agreements and change them when things change.',
				['werken-met-zorgplan', 'rapporteren-clientdossier', 'schriftelijk-rapporteren'], ['document', 'starr']),
			wp('vig-1-3', 'Persoonlijke verzorging geven', 'Giving personal care',
				'Je helpt bij wassen, aankleden, eten en bewegen, veilig en met respect voor de wensen van de cliënt.',
				'You help with washing, dressing, eating and moving, safely and with respect for the client’s wishes.',
				['adl-ondersteuning', 'transfers-tilliften', 'ergonomisch-werken', 'hygienisch-werken'], ['werkgeversverklaring', 'starr', 'video']),
			wp('vig-1-4', 'Verpleegtechnische handelingen uitvoeren', 'Carrying out nursing procedures',
				'Je geeft medicijnen, verzorgt wonden en meet bloeddruk of temperatuur volgens protocol.',
				'You give medication, care for wounds and measure blood pressure or temperature by protocol.',
				['medicatie-geven', 'wondverzorging', 'vitale-functies-meten', 'voorbehouden-handelingen', 'infectiepreventie'], ['document', 'werkgeversverklaring']),
			wp('vig-1-5', 'Rapporteren en overdragen', 'Reporting and handing over',
				'Je schrijft op wat je ziet en doet, en draagt het werk duidelijk over aan je collega’s.',
				'You record what you observe and do, and hand the work over clearly to colleagues.',
				['rapporteren-clientdossier', 'overdracht-geven', 'privacy-avg'], ['document', 'starr'])
		]),
		kt('vig-2', 'Werken in een zorgorganisatie', 'Working in a care organisation', [
			wp('vig-2-1', 'Samenwerken met naasten en andere zorgverleners', 'Working with family and other carers',
				'Je stemt af met familie, mantelzorgers, de arts en andere disciplines.',
				'You coordinate with family, informal carers, the doctor and other disciplines.',
				['samenwerken-mantelzorgers', 'samenwerken-in-team', 'duidelijk-communiceren'], ['werkgeversverklaring', 'starr']),
			wp('vig-2-2', 'Zorgen in bijzondere situaties', 'Caring in special situations',
				'Je geeft passende zorg bij dementie en in de laatste levensfase.',
				'You give fitting care for people with dementia and at the end of life.',
				['zorg-bij-dementie', 'palliatieve-zorg', 'contact-maken-inleven'], ['starr', 'werkgeversverklaring']),
			wp('vig-2-3', 'Werken aan kwaliteit en eigen deskundigheid', 'Working on quality and own expertise',
				'Je volgt protocollen, bespreekt je werk en leert bij.',
				'You follow protocols, discuss your work and keep learning.',
				['werkinstructies-volgen', 'bijleren', 'kwaliteit-controleren'], ['document', 'starr'])
		])
	]
};

const HELPENDE: Kwalificatie = {
	id: 'helpende-zorg-welzijn',
	name: 'Helpende zorg en welzijn',
	nameEn: 'Care and welfare assistant',
	level: 2,
	sector: 'zorg-welzijn',
	occupationIds: ['helpende-zorg-welzijn'],
	kerntaken: [
		kt('hzw-1', 'Ondersteunen bij dagelijks leven', 'Support with daily life', [
			wp('hzw-1-1', 'Helpen bij persoonlijke verzorging', 'Helping with personal care',
				'Je helpt de cliënt met wassen, aankleden en eten, zoals in het zorgplan staat.',
				'You help the client with washing, dressing and eating as the care plan says.',
				['adl-ondersteuning', 'werken-met-zorgplan', 'hygienisch-werken'], ['werkgeversverklaring', 'starr']),
			wp('hzw-1-2', 'Huishouden en maaltijden verzorgen', 'Housekeeping and meals',
				'Je houdt de woonomgeving schoon en zorgt voor eten en drinken.',
				'You keep the living space clean and take care of food and drink.',
				['huishoudelijke-taken', 'maaltijden-verzorgen', 'haccp'], ['photo', 'werkgeversverklaring']),
			wp('hzw-1-3', 'Activiteiten begeleiden', 'Guiding activities',
				'Je bedenkt en begeleidt een dagactiviteit die past bij de cliënt.',
				'You plan and lead a day activity that suits the client.',
				['dagactiviteiten', 'contact-maken-inleven'], ['photo', 'starr', 'video'])
		]),
		kt('hzw-2', 'Signaleren en samenwerken', 'Noticing and cooperating', [
			wp('hzw-2-1', 'Veranderingen opmerken en melden', 'Noticing and reporting changes',
				'Je ziet wanneer het anders gaat met een cliënt en meldt het op tijd.',
				'You notice when a client is doing differently and report it in time.',
				['observeren-signaleren', 'rapporteren-clientdossier'], ['starr', 'werkgeversverklaring']),
			wp('hzw-2-2', 'Samenwerken in het team', 'Working in the team',
				'Je maakt afspraken met collega’s en draagt je werk over.',
				'You make agreements with colleagues and hand over your work.',
				['samenwerken-in-team', 'overdracht-geven', 'privacy-avg'], ['werkgeversverklaring', 'starr'])
		])
	]
};

const LOGISTIEK: Kwalificatie = {
	id: 'logistiek-medewerker',
	name: 'Logistiek medewerker',
	nameEn: 'Logistics employee',
	level: 2,
	sector: 'logistiek',
	occupationIds: ['logistiek-medewerker', 'orderpicker'],
	kerntaken: [
		kt('lm-1', 'Goederen ontvangen en opslaan', 'Receiving and storing goods', [
			wp('lm-1-1', 'Goederen ontvangen en controleren', 'Receiving and checking goods',
				'Je lost de lading, telt en controleert die met de papieren en meldt verschillen.',
				'You unload the delivery, count and check it against the documents and report differences.',
				['goederen-ontvangen', 'laden-lossen', 'handscanner-gebruiken'], ['photo', 'werkgeversverklaring']),
			wp('lm-1-2', 'Goederen opslaan en voorraad bijhouden', 'Storing goods and keeping stock',
				'Je zet goederen op de goede plek en houdt de voorraad in het systeem bij.',
				'You put goods in the right place and keep the stock up to date in the system.',
				['voorraad-beheren', 'magazijnsysteem-wms', 'heftruck-rijden'], ['photo', 'document']),
			wp('lm-1-3', 'Intern transport veilig uitvoeren', 'Safe internal transport',
				'Je rijdt veilig met heftruck of pompwagen en houdt je aan de regels.',
				'You drive a forklift or pallet truck safely and follow the rules.',
				['heftruck-rijden', 'elektrische-pompwagen', 'veilig-werken-vca'], ['document', 'video'])
		]),
		kt('lm-2', 'Orders verzamelen en verzenden', 'Picking and shipping orders', [
			wp('lm-2-1', 'Orders verzamelen', 'Picking orders',
				'Je pakt de juiste producten snel en foutloos met scanner of picklijst.',
				'You pick the right products quickly and without mistakes with a scanner or pick list.',
				['orderpicken', 'handscanner-gebruiken', 'nauwkeurig-werken'], ['werkgeversverklaring', 'starr']),
			wp('lm-2-2', 'Verpakken en lading klaarzetten', 'Packing and preparing loads',
				'Je verpakt producten, zekert de lading en maakt de papieren klaar.',
				'You pack products, secure the load and prepare the paperwork.',
				['verpakken', 'lading-zekeren', 'vrachtdocumenten'], ['photo', 'werkgeversverklaring']),
			wp('lm-2-3', 'Retouren verwerken', 'Processing returns',
				'Je controleert teruggestuurde goederen en verwerkt ze in het systeem.',
				'You check returned goods and process them in the system.',
				['retouren-verwerken', 'magazijnsysteem-wms'], ['starr', 'document'])
		])
	]
};

const TIMMERMAN: Kwalificatie = {
	id: 'timmerman',
	name: 'Timmerman',
	nameEn: 'Carpenter',
	level: 2,
	sector: 'bouw-infra',
	occupationIds: ['timmerman'],
	kerntaken: [
		kt('tim-1', 'Timmerwerk voorbereiden', 'Preparing carpentry work', [
			wp('tim-1-1', 'Tekening lezen en werk uitzetten', 'Reading drawings and setting out',
				'Je haalt maten uit de bouwtekening en zet ze op de bouwplaats uit.',
				'You take measurements from the drawing and set them out on site.',
				['technische-tekening-lezen', 'maatvoering-uitzetten', 'meten-aftekenen'], ['photo', 'starr']),
			wp('tim-1-2', 'Werkplek en materiaal voorbereiden', 'Preparing workplace and materials',
				'Je richt de werkplek veilig in en zorgt voor het juiste hout en gereedschap.',
				'You set up the workplace safely and get the right wood and tools.',
				['veiligheid-bouwplaats', 'veilig-werken-vca', 'handgereedschap'], ['photo', 'werkgeversverklaring'])
		]),
		kt('tim-2', 'Timmerwerk uitvoeren', 'Doing carpentry work', [
			wp('tim-2-1', 'Houtconstructies maken', 'Making timber structures',
				'Je zaagt, verbindt en monteert houten onderdelen zoals wanden, vloeren en daken.',
				'You saw, join and fit timber parts such as walls, floors and roofs.',
				['timmeren', 'daken-aanbrengen', 'prefab-monteren'], ['photo', 'video']),
			wp('tim-2-2', 'Kozijnen, ramen en deuren plaatsen', 'Fitting frames, windows and doors',
				'Je plaatst kozijnen en hangt deuren en ramen haaks en waterdicht af.',
				'You fit frames and hang doors and windows square and watertight.',
				['kozijnen-plaatsen', 'nauwkeurig-werken'], ['photo', 'werkgeversverklaring']),
			wp('tim-2-3', 'Isoleren en afwerken', 'Insulating and finishing',
				'Je brengt isolatie aan en werkt je timmerwerk netjes af.',
				'You fit insulation and finish your carpentry neatly.',
				['isoleren', 'kwaliteit-controleren'], ['photo', 'starr'])
		])
	]
};

const VERSPANER: Kwalificatie = {
	id: 'machinaal-verspaner',
	name: 'Machinaal verspaner (CNC)',
	nameEn: 'Machinist (CNC)',
	level: 3,
	sector: 'techniek',
	occupationIds: ['cnc-verspaner'],
	kerntaken: [
		kt('mv-1', 'Verspanende bewerkingen voorbereiden', 'Preparing machining', [
			wp('mv-1-1', 'Werktekening lezen en bewerkingsvolgorde kiezen', 'Reading the drawing and planning the steps',
				'Je leest maten en toleranties en kiest de volgorde van bewerken.',
				'You read dimensions and tolerances and choose the order of operations.',
				['technische-tekening-lezen', 'materiaalkennis-metaal'], ['document', 'starr']),
			wp('mv-1-2', 'CNC-programma maken of aanpassen', 'Writing or adjusting a CNC program',
				'Je programmeert aan de machine of met CAM-software en test het programma.',
				'You program at the machine or with CAM software and test the program.',
				['cnc-programmeren', 'cam-software'], ['document', 'photo', 'werkgeversverklaring']),
			wp('mv-1-3', 'Machine en gereedschap instellen', 'Setting up machine and tools',
				'Je spant het werkstuk op en stelt gereedschap en nulpunten in.',
				'You clamp the workpiece and set tools and zero points.',
				['machine-instellen'], ['video', 'photo'])
		]),
		kt('mv-2', 'Produceren en controleren', 'Producing and checking', [
			wp('mv-2-1', 'Draaien en frezen', 'Turning and milling',
				'Je maakt onderdelen op de draai- of freesbank binnen de gevraagde maat.',
				'You make parts on the lathe or milling machine within the required size.',
				['cnc-draaien', 'cnc-frezen', 'productiemachines-bedienen'], ['photo', 'video']),
			wp('mv-2-2', 'Maatvoering en kwaliteit meten', 'Measuring size and quality',
				'Je meet met schuifmaat en micrometer en legt de uitkomst vast.',
				'You measure with callipers and micrometer and record the result.',
				['precisiemeten', 'kwaliteit-controleren'], ['document', 'photo']),
			wp('mv-2-3', 'Storingen verhelpen en onderhoud doen', 'Fixing faults and maintenance',
				'Je lost kleine storingen op en houdt de machine schoon en in orde.',
				'You fix small faults and keep the machine clean and in order.',
				['storingen-verhelpen', 'preventief-onderhoud'], ['starr', 'werkgeversverklaring'])
		])
	]
};

const MECHATRONICA: Kwalificatie = {
	id: 'monteur-mechatronica',
	name: 'Monteur mechatronica',
	nameEn: 'Mechatronics fitter',
	level: 3,
	sector: 'techniek',
	occupationIds: ['mechatronicus', 'monteur-assemblage', 'onderhoudsmonteur'],
	kerntaken: [
		kt('mm-1', 'Mechatronische systemen bouwen', 'Building mechatronic systems', [
			wp('mm-1-1', 'Mechanische delen monteren', 'Assembling mechanical parts',
				'Je bouwt onderdelen samen volgens tekening en werkinstructie.',
				'You assemble parts according to drawing and work instruction.',
				['mechanisch-monteren', 'technische-tekening-lezen', 'werkinstructies-volgen'], ['photo', 'video']),
			wp('mm-1-2', 'Elektrisch aansluiten en bedraden', 'Wiring and connecting',
				'Je bedraadt kasten en sluit sensoren en motoren aan volgens schema.',
				'You wire cabinets and connect sensors and motors according to the schematic.',
				['bekabelen', 'elektrische-schemas-lezen', 'nen-3140'], ['photo', 'document']),
			wp('mm-1-3', 'Pneumatiek en hydrauliek aansluiten', 'Connecting pneumatics and hydraulics',
				'Je legt leidingen aan en test of cilinders en ventielen goed werken.',
				'You lay lines and test that cylinders and valves work properly.',
				['hydrauliek-pneumatiek'], ['photo', 'starr'])
		]),
		kt('mm-2', 'In bedrijf stellen en onderhouden', 'Commissioning and maintaining', [
			wp('mm-2-1', 'Systeem testen en in bedrijf stellen', 'Testing and commissioning',
				'Je test het systeem stap voor stap en stelt de besturing af.',
				'You test the system step by step and tune the controls.',
				['besturingstechniek', 'plc-programmeren', 'sensoren-meettechniek'], ['video', 'werkgeversverklaring']),
			wp('mm-2-2', 'Storingen zoeken en oplossen', 'Finding and fixing faults',
				'Je zoekt systematisch de oorzaak van een storing en lost die op.',
				'You look for the cause of a fault systematically and fix it.',
				['storingen-verhelpen', 'problemen-oplossen'], ['starr', 'werkgeversverklaring']),
			wp('mm-2-3', 'Onderhoud uitvoeren en vastleggen', 'Doing and recording maintenance',
				'Je doet preventief onderhoud en schrijft op wat je hebt gedaan.',
				'You carry out preventive maintenance and record what you did.',
				['preventief-onderhoud', 'onderhoud-registreren', 'aandrijvingen-onderhouden'], ['document', 'photo'])
		])
	]
};

const ELEKTROTECHNIEK: Kwalificatie = {
	id: 'eerste-monteur-elektrotechnische-installaties',
	name: 'Eerste monteur elektrotechnische installaties',
	nameEn: 'Lead electrician, electrical installations',
	level: 3,
	sector: 'energie-installatie',
	occupationIds: ['elektromonteur', 'monteur-zonnepanelen'],
	kerntaken: [
		kt('emei-1', 'Installaties aanleggen', 'Installing', [
			wp('emei-1-1', 'Werk voorbereiden met tekening en schema', 'Preparing with drawing and schematic',
				'Je leest installatietekeningen en maakt een materiaallijst.',
				'You read installation drawings and make a materials list.',
				['elektrische-schemas-lezen', 'technische-tekening-lezen'], ['document', 'starr']),
			wp('emei-1-2', 'Elektrische installatie aanleggen', 'Installing the electrical system',
				'Je legt leidingen en groepen aan volgens de NEN 1010.',
				'You install wiring and circuits according to NEN 1010.',
				['elektra-aanleggen', 'nen-1010', 'veilig-werken-vca'], ['photo', 'werkgeversverklaring']),
			wp('emei-1-3', 'Duurzame techniek aansluiten', 'Connecting sustainable technology',
				'Je sluit zonnepanelen, omvormers of laadpalen aan.',
				'You connect solar panels, inverters or charging points.',
				['zonnepanelen-monteren', 'omvormer-aansluiten', 'laadpalen-installeren'], ['photo', 'video'])
		]),
		kt('emei-2', 'Opleveren en leidinggeven', 'Handing over and leading', [
			wp('emei-2-1', 'Meten, testen en opleveren', 'Measuring, testing and handing over',
				'Je meet de installatie door, legt de waarden vast en legt de klant uit hoe alles werkt.',
				'You test the installation, record the values and explain to the customer how it works.',
				['elektrisch-meten', 'inregelen', 'klantgericht-werken'], ['document', 'werkgeversverklaring']),
			wp('emei-2-2', 'Collega’s aansturen op het werk', 'Leading colleagues on site',
				'Je verdeelt het werk, wijst collega’s de weg en bewaakt de planning.',
				'You divide the work, guide colleagues and keep track of the planning.',
				['inwerken-collegas', 'eigen-werk-plannen', 'leidinggeven'], ['werkgeversverklaring', 'starr'])
		])
	]
};

const PROCESOPERATOR: Kwalificatie = {
	id: 'operator-procesindustrie',
	name: 'Operator procesindustrie',
	nameEn: 'Process industry operator',
	level: 2,
	sector: 'techniek',
	occupationIds: ['operator-productie'],
	kerntaken: [
		kt('op-1', 'Productieproces uitvoeren', 'Running the production process', [
			wp('op-1-1', 'Installatie opstarten en instellen', 'Starting and setting up the line',
				'Je start de installatie op volgens de werkinstructie en stelt die in.',
				'You start the line according to the work instruction and set it up.',
				['productiemachines-bedienen', 'machine-instellen', 'werkinstructies-volgen'], ['video', 'werkgeversverklaring']),
			wp('op-1-2', 'Proces bewaken en bijsturen', 'Monitoring and adjusting the process',
				'Je houdt de waarden in de gaten en grijpt in als iets afwijkt.',
				'You keep an eye on the readings and step in when something deviates.',
				['productieproces-bewaken', 'storingen-verhelpen'], ['starr', 'werkgeversverklaring']),
			wp('op-1-3', 'Kwaliteit controleren en vastleggen', 'Checking and recording quality',
				'Je neemt monsters of controleert producten en noteert de uitkomst.',
				'You take samples or check products and record the result.',
				['kwaliteit-controleren', 'gegevens-invoeren'], ['document', 'photo'])
		]),
		kt('op-2', 'Veilig en schoon werken', 'Working safely and cleanly', [
			wp('op-2-1', 'Veilig werken en werkplek schoonhouden', 'Safe work and a clean workplace',
				'Je werkt volgens de veiligheidsregels en houdt de werkplek schoon.',
				'You follow the safety rules and keep the workplace clean.',
				['veilig-werken-vca', 'schoonmaken-werkplek', 'gevaarlijke-stoffen'], ['document', 'photo']),
			wp('op-2-2', 'Werk overdragen en verbeteren', 'Handing over and improving the work',
				'Je draagt je dienst over en denkt mee over verbeteringen.',
				'You hand over your shift and suggest improvements.',
				['overdracht-geven', 'lean-verbeteren', 'samenwerken-in-team'], ['starr', 'werkgeversverklaring'])
		])
	]
};

export const KWALIFICATIES: readonly Kwalificatie[] = [
	VERZORGENDE_IG,
	HELPENDE,
	LOGISTIEK,
	TIMMERMAN,
	VERSPANER,
	MECHATRONICA,
	ELEKTROTECHNIEK,
	PROCESOPERATOR
];
