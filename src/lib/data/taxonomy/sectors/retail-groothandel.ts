import type { SectorModule } from '$lib/data/taxonomy/types';

export const RETAIL_GROOTHANDEL: SectorModule = {
	sector: { id: 'retail-groothandel', label: 'Retail en groothandel', labelEn: 'Retail and wholesale' },
	skills: [
		{ id: 'klanten-adviseren', label: 'Klanten adviseren over producten', labelEn: 'Advising customers on products', category: 'communicatie', synonyms: ['productadvies', 'verkoopadvies', 'klantadvies'] },
		{ id: 'verkoopgesprek', label: 'Verkoopgesprek voeren', labelEn: 'Conducting a sales conversation', category: 'communicatie', synonyms: ['verkopen', 'verkooptechniek', 'bijverkoop'] },
		{ id: 'vakken-vullen', label: 'Vakken vullen', labelEn: 'Shelf stocking', category: 'vakkennis', synonyms: ['vakkenvullen', 'schappen vullen', 'spiegelen'] },
		{ id: 'winkelpresentatie', label: 'Winkel inrichten en presenteren', labelEn: 'Visual merchandising', category: 'vakkennis', synonyms: ['visual merchandising', 'etaleren', 'productpresentatie'] },
		{ id: 'kassa-afsluiten', label: 'Kassa opmaken en afsluiten', labelEn: 'Cashing up', category: 'rekenen', synonyms: ['kas tellen', 'dagafsluiting', 'kasverschil'] },
		{ id: 'diefstal-voorkomen', label: 'Diefstal en derving voorkomen', labelEn: 'Loss prevention', category: 'veiligheid', synonyms: ['derving', 'winkeldiefstal', 'inventarisverlies'] },
		{ id: 'inkopen-bestellen', label: 'Bestellingen plaatsen en inkopen', labelEn: 'Purchasing and ordering', category: 'vakkennis', synonyms: ['inkoop', 'inkopen', 'bestellijst'] },
		{ id: 'omzet-bewaken', label: 'Omzet en marge bewaken', labelEn: 'Monitoring sales and margin', category: 'rekenen', synonyms: ['omzet', 'marge', 'winkelcijfers'] },
		{ id: 'webshoporders', label: 'Webshopbestellingen verwerken', labelEn: 'Processing webshop orders', category: 'digitaal', synonyms: ['webshop', 'e-commerce', 'online bestellingen'] },
		{ id: 'leeftijd-controleren', label: 'Leeftijdsgrens controleren', labelEn: 'Checking age limits', category: 'veiligheid', synonyms: ['NIX18', 'legitimatie controleren', 'ID-check'] },
		{ id: 'prijzen-etiketteren', label: 'Prijzen en schapkaartjes aanbrengen', labelEn: 'Price labelling', category: 'vakkennis', synonyms: ['prijzen', 'prijskaartjes', 'schapkaartjes'] },
		{ id: 'klantorders-verwerken', label: 'Klantorders verwerken', labelEn: 'Order processing', category: 'vakkennis', synonyms: ['orderverwerking', 'orderinvoer', 'verkooporders'] },
		{ id: 'relatiebeheer', label: 'Zakelijke klanten onderhouden', labelEn: 'Account management', category: 'communicatie', synonyms: ['accountbeheer', 'relatiebeheer', 'binnendienst verkoop'] },
		{ id: 'technische-productkennis', label: 'Technische productkennis', labelEn: 'Technical product knowledge', category: 'vakkennis', synonyms: ['assortimentskennis', 'productkennis', 'artikelkennis'] }
	],
	occupations: [
		{
			id: 'verkoopmedewerker', label: 'Verkoopmedewerker', labelEn: 'Sales assistant', typicalLevel: 'mbo-2',
			synonyms: ['winkelmedewerker', 'verkoper', 'medewerker detailhandel'],
			description: 'Je helpt klanten in een winkel. Je geeft advies, rekent af, vult de schappen en zorgt dat de winkel er netjes uitziet.',
			skillIds: ['klanten-adviseren', 'verkoopgesprek', 'afrekenen-kassa', 'vakken-vullen', 'winkelpresentatie', 'klantgericht-werken', 'klachten-afhandelen', 'prijzen-etiketteren', 'voorraad-beheren', 'webshoporders', 'diefstal-voorkomen', 'samenwerken-in-team', 'flexibel-inzetbaar']
		},
		{
			id: 'medewerker-supermarkt', label: 'Medewerker supermarkt', labelEn: 'Supermarket assistant', typicalLevel: 'mbo-1',
			synonyms: ['vakkenvuller', 'kassamedewerker', 'caissière', 'kassière'],
			description: 'Je vult de vakken, zit achter de kassa en helpt klanten de weg te vinden. Je let op de houdbaarheid van producten en op de leeftijd bij alcohol.',
			skillIds: ['vakken-vullen', 'afrekenen-kassa', 'kassa-afsluiten', 'leeftijd-controleren', 'prijzen-etiketteren', 'klantgericht-werken', 'handscanner-gebruiken', 'haccp', 'koelketen-bewaken', 'samenwerken-in-team', 'flexibel-inzetbaar', 'omgaan-met-agressie']
		},
		{
			id: 'winkelmanager', label: 'Winkelmanager', labelEn: 'Store manager', typicalLevel: 'mbo-4',
			synonyms: ['filiaalmanager', 'bedrijfsleider winkel', 'storemanager', 'teamleider winkel'],
			description: 'Je bent verantwoordelijk voor een winkel. Je stuurt het team aan, maakt roosters, bestelt voorraad en zorgt voor een goede omzet.',
			skillIds: ['leidinggeven', 'personeelsplanning', 'omzet-bewaken', 'inkopen-bestellen', 'voorraad-beheren', 'winkelpresentatie', 'kassa-afsluiten', 'diefstal-voorkomen', 'klachten-afhandelen', 'inwerken-collegas', 'klantgericht-werken', 'microsoft-excel', 'omgaan-met-werkdruk', 'problemen-oplossen']
		},
		{
			id: 'commercieel-medewerker-binnendienst', label: 'Commercieel medewerker binnendienst', labelEn: 'Inside sales representative', typicalLevel: 'mbo-4',
			synonyms: ['binnendienstmedewerker', 'inside sales', 'orderdesk', 'medewerker verkoop binnendienst'],
			description: 'Je werkt bij een groothandel of fabrikant en helpt zakelijke klanten vanaf kantoor. Je maakt offertes, verwerkt orders en kent de producten goed.',
			skillIds: ['klantorders-verwerken', 'relatiebeheer', 'offerte-maken', 'technische-productkennis', 'telefoneren', 'erp-systeem', 'klantgericht-werken', 'klachten-afhandelen', 'microsoft-excel', 'e-mail-en-agenda', 'duits', 'engels', 'nauwkeurig-werken']
		}
	]
};
