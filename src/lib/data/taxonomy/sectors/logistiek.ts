import type { SectorModule } from '$lib/data/taxonomy/types';

/** Twente's logistics runs on the A1/A35 corridor, the Twentekanaal and trade with Germany. */
export const LOGISTIEK: SectorModule = {
	sector: { id: 'logistiek', label: 'Transport en logistiek', labelEn: 'Transport and logistics' },
	skills: [
		{ id: 'heftruck-rijden', label: 'Heftruck rijden', labelEn: 'Forklift driving', category: 'vakkennis', synonyms: ['vorkheftruck', 'reachtruck', 'heftruckcertificaat', 'vorklift'] },
		{ id: 'elektrische-pompwagen', label: 'Elektrische pompwagen bedienen', labelEn: 'Operating an electric pallet truck', category: 'vakkennis', synonyms: ['EPT', 'palletwagen', 'stapelaar'] },
		{ id: 'orderpicken', label: 'Orders verzamelen', labelEn: 'Order picking', category: 'vakkennis', synonyms: ['orderpicken', 'picken', 'pick-to-light'] },
		{ id: 'goederen-ontvangen', label: 'Goederen ontvangen en controleren', labelEn: 'Receiving and checking goods', category: 'vakkennis', synonyms: ['inbound', 'goederenontvangst', 'pakbon controleren'] },
		{ id: 'laden-lossen', label: 'Laden en lossen', labelEn: 'Loading and unloading', category: 'vakkennis', synonyms: ['lossen', 'beladen', 'laadperron'] },
		{ id: 'lading-zekeren', label: 'Lading zekeren', labelEn: 'Securing cargo', category: 'veiligheid', synonyms: ['spanbanden', 'ladingzekering', 'sjorren'] },
		{ id: 'verpakken', label: 'Producten verpakken', labelEn: 'Packing products', category: 'vakkennis', synonyms: ['inpakken', 'verzendklaar maken', 'pallets wikkelen'] },
		{ id: 'magazijnsysteem-wms', label: 'Werken met een magazijnsysteem (WMS)', labelEn: 'Using a warehouse management system', category: 'digitaal', synonyms: ['WMS', 'magazijnbeheersysteem', 'locatiebeheer'] },
		{ id: 'adr-vervoer', label: 'Gevaarlijke stoffen vervoeren (ADR)', labelEn: 'Transport of dangerous goods (ADR)', category: 'veiligheid', synonyms: ['ADR', 'ADR-certificaat', 'tankwagen'] },
		{ id: 'rijbewijs-ce', label: 'Vrachtwagen rijden (rijbewijs C/CE)', labelEn: 'Driving a truck (licence C/CE)', category: 'vakkennis', synonyms: ['rijbewijs C', 'rijbewijs CE', 'trekker-oplegger', 'code 95'] },
		{ id: 'rij-en-rusttijden', label: 'Rij- en rusttijden toepassen', labelEn: 'Applying driving and rest times', category: 'veiligheid', synonyms: ['tachograaf', 'rusttijden', 'rijtijden'] },
		{ id: 'routes-plannen', label: 'Routes plannen', labelEn: 'Route planning', category: 'vakkennis', synonyms: ['routeplanner', 'ritplanning', 'navigatie'] },
		{ id: 'vrachtdocumenten', label: 'Vrachtdocumenten invullen', labelEn: 'Completing transport documents', category: 'vakkennis', synonyms: ['CMR', 'vrachtbrief', 'afleverbon'] },
		{ id: 'pakketten-bezorgen', label: 'Pakketten bezorgen', labelEn: 'Delivering parcels', category: 'vakkennis', synonyms: ['bezorgen', 'pakketbezorging', 'last mile'] },
		{ id: 'transport-plannen', label: 'Transport plannen', labelEn: 'Transport planning', category: 'vakkennis', synonyms: ['TMS', 'beladingsplanning', 'vervoersplanning'] },
		{ id: 'douane-export', label: 'Douane- en exportpapieren verwerken', labelEn: 'Customs and export documents', category: 'vakkennis', synonyms: ['douane', 'exportdocumenten', 'incoterms'] },
		{ id: 'vertrekcontrole', label: 'Voertuig controleren voor vertrek', labelEn: 'Pre-trip vehicle inspection', category: 'veiligheid', synonyms: ['dagelijkse controle', 'bandenspanning', 'voertuigcontrole'] },
		{ id: 'zuinig-rijden', label: 'Zuinig en veilig rijden', labelEn: 'Eco-driving', category: 'vakkennis', synonyms: ['het nieuwe rijden', 'defensief rijden', 'brandstof besparen'] },
		{ id: 'logistieke-cijfers', label: 'Logistieke cijfers analyseren', labelEn: 'Analysing logistics KPIs', category: 'rekenen', synonyms: ['KPI', 'leverbetrouwbaarheid', 'logistieke rapportage'] },
		{ id: 'retouren-verwerken', label: 'Retouren verwerken', labelEn: 'Processing returns', category: 'vakkennis', synonyms: ['retouren', 'retourstroom', 'retourzending'] }
	],
	occupations: [
		{
			id: 'logistiek-medewerker', label: 'Logistiek medewerker', labelEn: 'Warehouse operative', typicalLevel: 'mbo-2',
			synonyms: ['magazijnmedewerker', 'warehousemedewerker', 'medewerker expeditie', 'magazijnier'],
			description: 'Je werkt in een magazijn of distributiecentrum. Je ontvangt goederen, slaat ze op, verzamelt orders en maakt ze klaar voor verzending.',
			skillIds: ['orderpicken', 'heftruck-rijden', 'goederen-ontvangen', 'laden-lossen', 'handscanner-gebruiken', 'magazijnsysteem-wms', 'voorraad-beheren', 'verpakken', 'elektrische-pompwagen', 'retouren-verwerken', 'veilig-werken-vca', 'ergonomisch-werken', 'samenwerken-in-team', 'nauwkeurig-werken', 'flexibel-inzetbaar']
		},
		{
			id: 'orderpicker', label: 'Orderpicker', labelEn: 'Order picker', typicalLevel: 'mbo-1',
			synonyms: ['orderverzamelaar', 'picker', 'magazijnhulp'],
			description: 'Je haalt producten uit de stellingen van een magazijn en zet ze klaar voor de klant. Je werkt met een scanner en let op snelheid en de juiste aantallen.',
			skillIds: ['orderpicken', 'handscanner-gebruiken', 'elektrische-pompwagen', 'verpakken', 'ergonomisch-werken', 'werkinstructies-volgen', 'nauwkeurig-werken', 'omgaan-met-werkdruk', 'samenwerken-in-team', 'schoonmaken-werkplek']
		},
		{
			id: 'vrachtwagenchauffeur', label: 'Vrachtwagenchauffeur', labelEn: 'Truck driver', typicalLevel: 'mbo-2',
			synonyms: ['chauffeur', 'beroepschauffeur', 'truckchauffeur', 'internationaal chauffeur'],
			description: 'Je vervoert goederen met een vrachtwagen, in Nederland of naar het buitenland zoals Duitsland. Je laadt en lost, zet de lading vast en houdt je aan de rijtijden.',
			skillIds: ['rijbewijs-ce', 'rij-en-rusttijden', 'lading-zekeren', 'vertrekcontrole', 'vrachtdocumenten', 'laden-lossen', 'routes-plannen', 'zuinig-rijden', 'adr-vervoer', 'heftruck-rijden', 'klantgericht-werken', 'duits', 'zelfstandig-werken', 'flexibel-inzetbaar']
		},
		{
			id: 'pakketbezorger', label: 'Pakketbezorger', labelEn: 'Parcel delivery driver', typicalLevel: 'mbo-1',
			synonyms: ['bezorger', 'koerier', 'bestelbuschauffeur'],
			description: 'Je bezorgt pakketten met een bestelbus bij mensen thuis en bij bedrijven. Je plant je route, scant elk pakket en bent vriendelijk aan de deur.',
			skillIds: ['pakketten-bezorgen', 'rijbewijs-b', 'routes-plannen', 'handscanner-gebruiken', 'klantgericht-werken', 'laden-lossen', 'lading-zekeren', 'zuinig-rijden', 'omgaan-met-werkdruk', 'zelfstandig-werken', 'ergonomisch-werken']
		},
		{
			id: 'logistiek-planner', label: 'Logistiek planner', labelEn: 'Logistics planner', typicalLevel: 'mbo-4',
			synonyms: ['transportplanner', 'planner transport', 'expeditieplanner'],
			description: 'Je plant welke vrachtwagen wanneer welke lading vervoert. Je zoekt de slimste route, houdt rekening met rijtijden en lost problemen onderweg op.',
			skillIds: ['transport-plannen', 'routes-plannen', 'rij-en-rusttijden', 'logistieke-cijfers', 'douane-export', 'vrachtdocumenten', 'erp-systeem', 'microsoft-excel', 'telefoneren', 'problemen-oplossen', 'omgaan-met-werkdruk', 'duits', 'engels', 'klantgericht-werken']
		}
	]
};
