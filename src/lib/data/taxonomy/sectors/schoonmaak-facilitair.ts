import type { SectorModule } from '$lib/data/taxonomy/types';

export const SCHOONMAAK_FACILITAIR: SectorModule = {
	sector: { id: 'schoonmaak-facilitair', label: 'Schoonmaak, facilitair en beveiliging', labelEn: 'Cleaning, facilities and security' },
	skills: [
		{ id: 'gebouwen-schoonmaken', label: 'Gebouwen schoonmaken', labelEn: 'Office and building cleaning', category: 'vakkennis', synonyms: ['schoonmaken', 'interieurreiniging', 'kantoorschoonmaak'] },
		{ id: 'sanitair-reinigen', label: 'Sanitair reinigen', labelEn: 'Cleaning sanitary facilities', category: 'vakkennis', synonyms: ['toiletten schoonmaken', 'sanitairruimtes', 'badkamers reinigen'] },
		{ id: 'vloeren-onderhouden', label: 'Vloeren onderhouden', labelEn: 'Floor care', category: 'vakkennis', synonyms: ['vloeronderhoud', 'schrobzuigmachine', 'dweilen', 'stofzuigen'] },
		{ id: 'schoonmaakmiddelen-kiezen', label: 'Juiste schoonmaakmiddelen kiezen', labelEn: 'Choosing cleaning agents', category: 'vakkennis', synonyms: ['schoonmaakmiddelen', 'middelen doseren', 'microvezel'] },
		{ id: 'glazenwassen', label: 'Glazenwassen', labelEn: 'Window cleaning', category: 'vakkennis', synonyms: ['ramen lappen', 'glasbewassing', 'telescoopsysteem'] },
		{ id: 'specialistisch-reinigen', label: 'Specialistisch reinigen', labelEn: 'Specialist cleaning', category: 'vakkennis', synonyms: ['dieptereiniging', 'bouwschoonmaak', 'hogedrukreiniger'] },
		{ id: 'schoonmaakkwaliteit-meten', label: 'Schoonmaakkwaliteit meten (VSR)', labelEn: 'Measuring cleaning quality (VSR)', category: 'vakkennis', synonyms: ['VSR-KMS', 'kwaliteitsmeting schoonmaak', 'schoonmaakcontrole'] },
		{ id: 'receptiewerk', label: 'Receptie en bezoekers ontvangen', labelEn: 'Reception duties', category: 'communicatie', synonyms: ['receptionist', 'bezoekersregistratie', 'baliewerk'] },
		{ id: 'post-verwerken', label: 'Post en pakketten verwerken', labelEn: 'Mail room handling', category: 'vakkennis', synonyms: ['postkamer', 'postverwerking', 'intern transport'] },
		{ id: 'vergaderruimtes', label: 'Vergaderruimtes klaarzetten', labelEn: 'Setting up meeting rooms', category: 'vakkennis', synonyms: ['zaalopstelling', 'vergaderservice', 'catering regelen'] },
		{ id: 'klein-onderhoud', label: 'Klein technisch onderhoud', labelEn: 'Minor building maintenance', category: 'vakkennis', synonyms: ['klusjes', 'conciërgewerk', 'reparaties'] },
		{ id: 'surveilleren', label: 'Surveilleren en toezicht houden', labelEn: 'Patrolling and surveillance', category: 'veiligheid', synonyms: ['surveillance', 'toezicht', 'rondes lopen'] },
		{ id: 'toegangscontrole', label: 'Toegang controleren', labelEn: 'Access control', category: 'veiligheid', synonyms: ['toegangsbeheer', 'pasjessysteem', 'portiersloge'] },
		{ id: 'camerabewaking', label: 'Camerabeelden uitkijken', labelEn: 'CCTV monitoring', category: 'veiligheid', synonyms: ['CCTV', 'camerabewaking', 'meldkamer'] },
		{ id: 'alarmen-opvolgen', label: 'Alarmen opvolgen', labelEn: 'Alarm response', category: 'veiligheid', synonyms: ['alarmopvolging', 'brandmeldcentrale', 'inbraakalarm'] }
	],
	occupations: [
		{
			id: 'schoonmaakmedewerker', label: 'Schoonmaakmedewerker', labelEn: 'Cleaner', typicalLevel: 'mbo-1',
			synonyms: ['schoonmaker', 'interieurverzorger', 'schoonmaakster'],
			description: 'Je maakt kantoren, scholen, zorginstellingen of fabrieken schoon. Je werkt volgens een vast schema en met de juiste middelen en machines.',
			skillIds: ['gebouwen-schoonmaken', 'sanitair-reinigen', 'vloeren-onderhouden', 'schoonmaakmiddelen-kiezen', 'hygienisch-werken', 'werkinstructies-volgen', 'ergonomisch-werken', 'zelfstandig-werken', 'gevaarlijke-stoffen', 'klantgericht-werken']
		},
		{
			id: 'allround-schoonmaker', label: 'Allround schoonmaker', labelEn: 'Specialist cleaner', typicalLevel: 'mbo-2',
			synonyms: ['glazenwasser', 'specialistisch schoonmaker', 'voorman schoonmaak'],
			description: 'Je doet naast gewoon schoonmaakwerk ook zwaarder werk, zoals ramen wassen op hoogte en vloeren diep reinigen. Soms controleer je het werk van anderen.',
			skillIds: ['specialistisch-reinigen', 'glazenwassen', 'vloeren-onderhouden', 'schoonmaakkwaliteit-meten', 'schoonmaakmiddelen-kiezen', 'werken-op-hoogte', 'gevaarlijke-stoffen', 'inwerken-collegas', 'eigen-werk-plannen', 'klantgericht-werken', 'veilig-werken-vca', 'rijbewijs-b']
		},
		{
			id: 'facilitair-medewerker', label: 'Facilitair medewerker', labelEn: 'Facilities assistant', typicalLevel: 'mbo-2',
			synonyms: ['medewerker facilitaire dienst', 'huismeester', 'conciërge', 'servicemedewerker'],
			description: 'Je zorgt dat alles in een gebouw goed geregeld is. Je ontvangt bezoekers, verwerkt de post, zet zalen klaar en doet kleine reparaties.',
			skillIds: ['receptiewerk', 'post-verwerken', 'vergaderruimtes', 'klein-onderhoud', 'gastvrij-ontvangen', 'telefoneren', 'voorraad-beheren', 'bedrijfshulpverlening', 'klantgericht-werken', 'eigen-werk-plannen', 'handgereedschap', 'computervaardigheden']
		},
		{
			id: 'beveiliger', label: 'Beveiliger', labelEn: 'Security officer', typicalLevel: 'mbo-2',
			synonyms: ['beveiligingsmedewerker', 'objectbeveiliger', 'security officer'],
			description: 'Je zorgt voor veiligheid in een gebouw, op een terrein of bij een evenement. Je houdt toezicht, controleert wie naar binnen gaat en reageert op alarmen.',
			skillIds: ['surveilleren', 'toegangscontrole', 'camerabewaking', 'alarmen-opvolgen', 'omgaan-met-agressie', 'bedrijfshulpverlening', 'eerste-hulp', 'schriftelijk-rapporteren', 'gastvrij-ontvangen', 'duidelijk-communiceren', 'flexibel-inzetbaar', 'zelfstandig-werken']
		}
	]
};
