import type { SectorModule } from '$lib/data/taxonomy/types';

export const HORECA: SectorModule = {
	sector: { id: 'horeca', label: 'Horeca', labelEn: 'Hospitality' },
	skills: [
		{ id: 'gerechten-bereiden', label: 'Gerechten bereiden', labelEn: 'Preparing dishes', category: 'vakkennis', synonyms: ['koken', 'kooktechnieken', 'à la minute koken'] },
		{ id: 'mise-en-place', label: 'Mise-en-place maken', labelEn: 'Mise en place', category: 'vakkennis', synonyms: ['keuken voorbereiden', 'snijwerk', 'mise en place'] },
		{ id: 'menu-samenstellen', label: 'Menu samenstellen en calculeren', labelEn: 'Menu planning and costing', category: 'vakkennis', synonyms: ['menukaart', 'recepturen', 'kostprijs berekenen'] },
		{ id: 'dieetwensen', label: 'Rekening houden met dieetwensen', labelEn: 'Catering for dietary needs', category: 'vakkennis', synonyms: ['dieet', 'vegetarisch', 'glutenvrij'] },
		{ id: 'afwassen', label: 'Afwassen in de spoelkeuken', labelEn: 'Dishwashing', category: 'vakkennis', synonyms: ['afwas', 'vaatwasser', 'spoelkeuken'] },
		{ id: 'bestellingen-opnemen', label: 'Bestellingen opnemen', labelEn: 'Taking orders', category: 'communicatie', synonyms: ['bestelling opnemen', 'kassasysteem horeca', 'handheld bestellen'] },
		{ id: 'serveren', label: 'Serveren', labelEn: 'Serving food and drinks', category: 'vakkennis', synonyms: ['uitserveren', 'borden dragen', 'bedienen aan tafel'] },
		{ id: 'dranken-bereiden', label: 'Dranken bereiden', labelEn: 'Preparing drinks', category: 'vakkennis', synonyms: ['bier tappen', 'barwerk', 'cocktails'] },
		{ id: 'koffie-specialiteiten', label: 'Koffiespecialiteiten maken', labelEn: 'Barista skills', category: 'vakkennis', synonyms: ['barista', 'cappuccino', 'latte art'] },
		{ id: 'sociale-hygiene', label: 'Verantwoord alcohol schenken', labelEn: 'Responsible alcohol service', category: 'veiligheid', synonyms: ['Sociale Hygiëne', 'SVH', 'Alcoholwet'] },
		{ id: 'wijnadvies', label: 'Wijn bij het eten adviseren', labelEn: 'Wine pairing advice', category: 'communicatie', synonyms: ['wijnkennis', 'wijn-spijscombinatie', 'sommelier'] },
		{ id: 'reserveringen-beheren', label: 'Reserveringen beheren', labelEn: 'Managing reservations', category: 'digitaal', synonyms: ['reserveren', 'tafelplanning', 'boekingssysteem'] }
	],
	occupations: [
		{
			id: 'kok', label: 'Kok', labelEn: 'Cook', typicalLevel: 'mbo-3',
			synonyms: ['zelfstandig werkend kok', 'chef-kok', 'cateringkok', 'keukenchef'],
			description: 'Je maakt gerechten in een restaurant, hotel, zorginstelling of bedrijfsrestaurant. Je bereidt voor, kookt en zorgt dat eten veilig en lekker is.',
			skillIds: ['gerechten-bereiden', 'mise-en-place', 'haccp', 'menu-samenstellen', 'dieetwensen', 'allergenen-etiketteren', 'hygienisch-werken', 'voorraad-beheren', 'messen-gebruiken', 'omgaan-met-werkdruk', 'samenwerken-in-team', 'flexibel-inzetbaar', 'eigen-werk-plannen']
		},
		{
			id: 'medewerker-bediening', label: 'Medewerker bediening', labelEn: 'Waiter', typicalLevel: 'mbo-2',
			synonyms: ['serveerster', 'ober', 'kelner', 'barmedewerker'],
			description: 'Je ontvangt gasten, neemt bestellingen op en brengt eten en drinken naar de tafel. Je zorgt dat gasten een fijne tijd hebben.',
			skillIds: ['serveren', 'bestellingen-opnemen', 'gastvrij-ontvangen', 'dranken-bereiden', 'koffie-specialiteiten', 'sociale-hygiene', 'wijnadvies', 'afrekenen-kassa', 'reserveringen-beheren', 'klachten-afhandelen', 'allergenen-etiketteren', 'klantgericht-werken', 'omgaan-met-werkdruk', 'engels', 'duits']
		},
		{
			id: 'keukenhulp', label: 'Keukenhulp', labelEn: 'Kitchen assistant', typicalLevel: 'mbo-1',
			synonyms: ['keukenassistent', 'afwasser', 'keukenmedewerker'],
			description: 'Je helpt in de keuken met afwassen, schoonmaken en eenvoudig voorbereidend werk. Je werkt snel en schoon en volgt de aanwijzingen van de kok.',
			skillIds: ['afwassen', 'mise-en-place', 'hygienisch-werken', 'haccp', 'schoonmaken-werkplek', 'werkinstructies-volgen', 'samenwerken-in-team', 'omgaan-met-werkdruk', 'ergonomisch-werken', 'gerechten-bereiden']
		}
	]
};
