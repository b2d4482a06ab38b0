import type { SectorModule } from '$lib/data/taxonomy/types';

export const VOEDING: SectorModule = {
	sector: { id: 'voeding', label: 'Voeding en food', labelEn: 'Food production' },
	skills: [
		{ id: 'voedingslijn-bedienen', label: 'Productielijn voor voeding bedienen', labelEn: 'Operating a food production line', category: 'vakkennis', synonyms: ['productielijn', 'lijnwerk', 'inpaklijn'] },
		{ id: 'grondstoffen-afwegen', label: 'Grondstoffen afwegen en doseren', labelEn: 'Weighing and dosing ingredients', category: 'vakkennis', synonyms: ['afwegen', 'doseren', 'receptuur volgen'] },
		{ id: 'reinigen-desinfecteren', label: 'Machines reinigen en desinfecteren', labelEn: 'Cleaning and disinfecting equipment', category: 'veiligheid', synonyms: ['CIP-reiniging', 'desinfecteren', 'productieschoonmaak'] },
		{ id: 'deeg-bereiden', label: 'Deeg bereiden', labelEn: 'Preparing dough', category: 'vakkennis', synonyms: ['kneden', 'deegbereiding', 'laten rijzen'] },
		{ id: 'brood-banket-bakken', label: 'Brood en banket bakken', labelEn: 'Baking bread and pastry', category: 'vakkennis', synonyms: ['broodbakken', 'banket', 'oven bedienen'] },
		{ id: 'banket-afwerken', label: 'Taart en banket afwerken', labelEn: 'Decorating cakes and pastries', category: 'vakkennis', synonyms: ['decoreren', 'garneren', 'taart versieren'] },
		{ id: 'vlees-uitbenen', label: 'Vlees uitbenen en uitsnijden', labelEn: 'Deboning and cutting meat', category: 'vakkennis', synonyms: ['uitbenen', 'uitsnijden', 'karkas'] },
		{ id: 'vleeswaren-maken', label: 'Worst en vleeswaren maken', labelEn: 'Making sausages and cured meats', category: 'vakkennis', synonyms: ['worstmaken', 'vleeswaren', 'rookworst'] },
		{ id: 'messen-gebruiken', label: 'Messen slijpen en veilig snijden', labelEn: 'Knife sharpening and safe cutting', category: 'veiligheid', synonyms: ['messen', 'snijtechniek', 'messen slijpen'] },
		{ id: 'koelketen-bewaken', label: 'Koelketen bewaken', labelEn: 'Maintaining the cold chain', category: 'veiligheid', synonyms: ['temperatuurregistratie', 'koelcel', 'vriescel'] },
		{ id: 'allergenen-etiketteren', label: 'Allergenen en etiketten', labelEn: 'Allergens and labelling', category: 'vakkennis', synonyms: ['allergenen', 'etiketteren', 'productinformatie'] },
		{ id: 'monsters-nemen', label: 'Monsters nemen en testen', labelEn: 'Sampling and lab testing', category: 'vakkennis', synonyms: ['monstername', 'labtest', 'microbiologie'] },
		{ id: 'voedselveiligheidsnormen', label: 'Werken met voedselveiligheidsnormen (BRC/IFS)', labelEn: 'Food safety standards (BRC/IFS)', category: 'vakkennis', synonyms: ['BRC', 'IFS', 'FSSC 22000'] },
		{ id: 'audits-uitvoeren', label: 'Audits voorbereiden en uitvoeren', labelEn: 'Preparing and performing audits', category: 'vakkennis', synonyms: ['audit', 'interne audit', 'auditeren'] },
		{ id: 'afwijkingen-opvolgen', label: 'Afwijkingen registreren en opvolgen', labelEn: 'Following up non-conformities', category: 'vakkennis', synonyms: ['afwijking', 'non-conformiteit', 'corrigerende maatregel'] },
		{ id: 'vers-verkopen', label: 'Versproducten verkopen', labelEn: 'Selling fresh products', category: 'communicatie', synonyms: ['versafdeling', 'toonbank', 'vers verkopen'] }
	],
	occupations: [
		{
			id: 'productiemedewerker-voedingsindustrie', label: 'Productiemedewerker voedingsindustrie', labelEn: 'Food production operative', typicalLevel: 'mbo-2',
			synonyms: ['operator voeding', 'productiemedewerker food', 'lijnmedewerker'],
			description: 'Je werkt in een fabriek waar eten of drinken wordt gemaakt en verpakt. Je bedient de machines, werkt heel hygiënisch en controleert de producten.',
			skillIds: ['voedingslijn-bedienen', 'haccp', 'hygienisch-werken', 'grondstoffen-afwegen', 'reinigen-desinfecteren', 'verpakken', 'kwaliteit-controleren', 'koelketen-bewaken', 'werkinstructies-volgen', 'productiemachines-bedienen', 'flexibel-inzetbaar', 'samenwerken-in-team', 'ergonomisch-werken']
		},
		{
			id: 'bakker', label: 'Bakker', labelEn: 'Baker', typicalLevel: 'mbo-2',
			synonyms: ['broodbakker', 'banketbakker', 'bakkersmedewerker'],
			description: 'Je bakt brood, koek en gebak in een bakkerij of fabriek. Je begint vroeg, volgt recepten precies en zorgt dat alles vers en veilig is.',
			skillIds: ['deeg-bereiden', 'brood-banket-bakken', 'banket-afwerken', 'grondstoffen-afwegen', 'haccp', 'hygienisch-werken', 'allergenen-etiketteren', 'eigen-werk-plannen', 'nauwkeurig-werken', 'vers-verkopen', 'klantgericht-werken', 'flexibel-inzetbaar']
		},
		{
			id: 'slager', label: 'Slager', labelEn: 'Butcher', typicalLevel: 'mbo-2',
			synonyms: ['vleesbewerker', 'uitbener', 'ambachtelijk slager'],
			description: 'Je snijdt vlees, maakt worst en vleeswaren en verkoopt ze in de winkel of maakt ze klaar in een vleesbedrijf. Hygiëne en koeling zijn heel belangrijk.',
			skillIds: ['vlees-uitbenen', 'vleeswaren-maken', 'messen-gebruiken', 'haccp', 'koelketen-bewaken', 'hygienisch-werken', 'allergenen-etiketteren', 'vers-verkopen', 'klantgericht-werken', 'afrekenen-kassa', 'ergonomisch-werken', 'nauwkeurig-werken']
		},
		{
			id: 'kwaliteitsmedewerker-voeding', label: 'Kwaliteitsmedewerker voeding', labelEn: 'Food quality assurance officer', typicalLevel: 'mbo-4',
			synonyms: ['QA-medewerker', 'kwaliteitscontroleur food', 'medewerker kwaliteitsdienst'],
			description: 'Je controleert of het eten dat een bedrijf maakt veilig is en aan de regels voldoet. Je neemt monsters, bereidt audits voor en helpt het proces te verbeteren.',
			skillIds: ['voedselveiligheidsnormen', 'haccp', 'audits-uitvoeren', 'monsters-nemen', 'afwijkingen-opvolgen', 'allergenen-etiketteren', 'koelketen-bewaken', 'kwaliteit-controleren', 'schriftelijk-rapporteren', 'microsoft-excel', 'duidelijk-communiceren', 'nauwkeurig-werken', 'lean-verbeteren']
		}
	]
};
