import type { SkillDef } from './types';

/**
 * Skills that many occupations share. Keeping them in one place means a resident who confirms
 * "Veilig werken (VCA)" from one job already has it for every other job that asks for it.
 */
export const SHARED_SKILLS: readonly SkillDef[] = [
	// veiligheid
	{ id: 'veilig-werken-vca', label: 'Veilig werken (VCA)', labelEn: 'Working safely (VCA certified)', category: 'veiligheid', synonyms: ['VCA', 'VCA basis', 'VOL-VCA', 'veiligheidscertificaat'] },
	{ id: 'bedrijfshulpverlening', label: 'Bedrijfshulpverlening (BHV)', labelEn: 'Company emergency response (BHV)', category: 'veiligheid', synonyms: ['BHV', 'ontruimen', 'brandbestrijding'] },
	{ id: 'eerste-hulp', label: 'Eerste hulp verlenen', labelEn: 'First aid', category: 'veiligheid', synonyms: ['EHBO', 'reanimeren', 'AED'] },
	{ id: 'hygienisch-werken', label: 'Hygiënisch werken', labelEn: 'Working hygienically', category: 'veiligheid', synonyms: ['hygiëne', 'hygiëneregels', 'handhygiëne'] },
	{ id: 'ergonomisch-werken', label: 'Gezond tillen en bewegen', labelEn: 'Working ergonomically', category: 'veiligheid', synonyms: ['ergonomie', 'tiltechniek', 'goede werkhouding'] },
	{ id: 'werken-op-hoogte', label: 'Werken op hoogte', labelEn: 'Working at height', category: 'veiligheid', synonyms: ['valbeveiliging', 'hoogwerker', 'steigerwerk'] },
	{ id: 'hijsen-aanslaan', label: 'Hijsen en lasten aanslaan', labelEn: 'Slinging and hoisting loads', category: 'veiligheid', synonyms: ['aanslaan', 'hijsen', 'rigging', 'takel bedienen'] },
	{ id: 'gevaarlijke-stoffen', label: 'Werken met gevaarlijke stoffen', labelEn: 'Handling hazardous substances', category: 'veiligheid', synonyms: ['chemicaliën', 'veiligheidsinformatieblad', 'gevaarlijke producten'] },
	{ id: 'privacy-avg', label: 'Zorgvuldig omgaan met persoonsgegevens', labelEn: 'Handling personal data carefully (GDPR)', category: 'veiligheid', synonyms: ['AVG', 'privacy', 'GDPR', 'beroepsgeheim'] },
	{ id: 'omgaan-met-agressie', label: 'Omgaan met agressie', labelEn: 'Dealing with aggression', category: 'veiligheid', synonyms: ['de-escaleren', 'conflicthantering', 'lastige klanten'] },

	// digitaal
	{ id: 'computervaardigheden', label: 'Werken met een computer', labelEn: 'Basic computer skills', category: 'digitaal', synonyms: ['computervaardig', 'digitale basisvaardigheden', 'pc-vaardigheden'] },
	{ id: 'microsoft-excel', label: 'Werken met Excel', labelEn: 'Using Microsoft Excel', category: 'digitaal', synonyms: ['Excel', 'spreadsheets', 'rekenblad', 'draaitabellen'] },
	{ id: 'microsoft-word', label: 'Werken met Word', labelEn: 'Using Microsoft Word', category: 'digitaal', synonyms: ['Word', 'tekstverwerken', 'tekstverwerking'] },
	{ id: 'e-mail-en-agenda', label: 'E-mail en digitale agenda gebruiken', labelEn: 'Using e-mail and a digital calendar', category: 'digitaal', synonyms: ['Outlook', 'mailen', 'e-mailen'] },
	{ id: 'gegevens-invoeren', label: 'Gegevens digitaal invoeren', labelEn: 'Entering data digitally', category: 'digitaal', synonyms: ['data-invoer', 'registreren', 'invoeren in systeem'] },
	{ id: 'handscanner-gebruiken', label: 'Werken met een handscanner', labelEn: 'Using a handheld scanner', category: 'digitaal', synonyms: ['handterminal', 'barcodescanner', 'RF-scanner', 'scannen'] },
	{ id: 'erp-systeem', label: 'Werken met een ERP-systeem', labelEn: 'Using an ERP system', category: 'digitaal', synonyms: ['ERP', 'SAP', 'Exact', 'AFAS'] },

	// communicatie
	{ id: 'klantgericht-werken', label: 'Klantgericht werken', labelEn: 'Customer focus', category: 'communicatie', synonyms: ['klantvriendelijk', 'servicegericht', 'klantgerichtheid'] },
	{ id: 'duidelijk-communiceren', label: 'Duidelijk communiceren', labelEn: 'Clear verbal communication', category: 'communicatie', synonyms: ['mondelinge communicatie', 'uitleg geven', 'helder praten'] },
	{ id: 'schriftelijk-rapporteren', label: 'Schriftelijk rapporteren', labelEn: 'Written reporting', category: 'communicatie', synonyms: ['rapportage schrijven', 'verslaglegging', 'verslag maken'] },
	{ id: 'klachten-afhandelen', label: 'Klachten afhandelen', labelEn: 'Handling complaints', category: 'communicatie', synonyms: ['klachtenafhandeling', 'klachtbehandeling'] },
	{ id: 'telefoneren', label: 'Zakelijk telefoneren', labelEn: 'Business telephone skills', category: 'communicatie', synonyms: ['telefoon aannemen', 'telefonisch contact', 'bellen'] },
	{ id: 'gastvrij-ontvangen', label: 'Gastvrij ontvangen', labelEn: 'Welcoming guests', category: 'communicatie', synonyms: ['gastvrijheid', 'gasten ontvangen', 'gastheerschap'] },

	// samenwerken
	{ id: 'samenwerken-in-team', label: 'Samenwerken in een team', labelEn: 'Teamwork', category: 'samenwerken', synonyms: ['teamwork', 'teamspeler', 'samenwerking'] },
	{ id: 'inwerken-collegas', label: 'Collega’s en stagiairs inwerken', labelEn: 'Onboarding colleagues and interns', category: 'samenwerken', synonyms: ['inwerken', 'werkbegeleiding', 'stagebegeleiding'] },
	{ id: 'overdracht-geven', label: 'Werk overdragen aan collega’s', labelEn: 'Handing over work to colleagues', category: 'samenwerken', synonyms: ['overdracht', 'dienstoverdracht', 'overdragen'] },

	// taal
	{ id: 'nederlands-spreken', label: 'Nederlands spreken', labelEn: 'Speaking Dutch', category: 'taal', synonyms: ['Nederlandse taal', 'NT2', 'spreekvaardigheid'] },
	{ id: 'nederlands-schrijven', label: 'Nederlands schrijven', labelEn: 'Writing Dutch', category: 'taal', synonyms: ['schrijfvaardigheid', 'spelling'] },
	{ id: 'engels', label: 'Engels', labelEn: 'English', category: 'taal', synonyms: ['Engelse taal', 'Engels spreken'] },
	{ id: 'duits', label: 'Duits', labelEn: 'German', category: 'taal', synonyms: ['Duitse taal', 'Duits spreken', 'Deutsch'] },

	// rekenen
	{ id: 'rekenvaardigheid', label: 'Rekenvaardigheid', labelEn: 'Numeracy', category: 'rekenen', synonyms: ['rekenen', 'hoofdrekenen', 'cijfermatig'] },

	// zelfmanagement
	{ id: 'eigen-werk-plannen', label: 'Eigen werk plannen', labelEn: 'Planning own work', category: 'zelfmanagement', synonyms: ['werk indelen', 'timemanagement', 'organiseren'] },
	{ id: 'zelfstandig-werken', label: 'Zelfstandig werken', labelEn: 'Working independently', category: 'zelfmanagement', synonyms: ['zelfstandigheid', 'eigen verantwoordelijkheid'] },
	{ id: 'nauwkeurig-werken', label: 'Nauwkeurig werken', labelEn: 'Working accurately', category: 'zelfmanagement', synonyms: ['nauwkeurigheid', 'precisie', 'oog voor detail'] },
	{ id: 'flexibel-inzetbaar', label: 'Flexibel inzetbaar', labelEn: 'Flexibility', category: 'zelfmanagement', synonyms: ['flexibiliteit', 'wisselende diensten', 'ploegendienst'] },
	{ id: 'omgaan-met-werkdruk', label: 'Omgaan met werkdruk', labelEn: 'Coping with work pressure', category: 'zelfmanagement', synonyms: ['stressbestendig', 'werken onder tijdsdruk', 'drukte'] },
	{ id: 'werkinstructies-volgen', label: 'Werken volgens instructies', labelEn: 'Following work instructions', category: 'zelfmanagement', synonyms: ['werkinstructie', 'protocollen volgen', 'procedures volgen'] },
	{ id: 'bijleren', label: 'Nieuwe dingen leren', labelEn: 'Willingness to learn', category: 'zelfmanagement', synonyms: ['leergierig', 'bijscholen', 'zelf leren'] },
	{ id: 'problemen-oplossen', label: 'Problemen oplossen', labelEn: 'Problem solving', category: 'zelfmanagement', synonyms: ['probleemoplossend', 'oplossingsgericht'] },

	// leidinggeven
	{ id: 'leidinggeven', label: 'Leidinggeven aan een team', labelEn: 'Leading a team', category: 'leidinggeven', synonyms: ['teamleiding', 'aansturen', 'leiding geven'] },
	{ id: 'personeelsplanning', label: 'Roosters en personeel plannen', labelEn: 'Staff scheduling', category: 'leidinggeven', synonyms: ['roosteren', 'dienstrooster', 'personeelsrooster'] },

	// vakkennis die in veel sectoren terugkomt
	{ id: 'kwaliteit-controleren', label: 'Kwaliteit controleren', labelEn: 'Quality control', category: 'vakkennis', synonyms: ['kwaliteitscontrole', 'keuren', 'inspecteren'] },
	{ id: 'technische-tekening-lezen', label: 'Technische tekeningen lezen', labelEn: 'Reading technical drawings', category: 'vakkennis', synonyms: ['tekeninglezen', 'werktekening', 'bouwtekening lezen'] },
	{ id: 'meten-aftekenen', label: 'Meten en aftekenen', labelEn: 'Measuring and marking out', category: 'vakkennis', synonyms: ['opmeten', 'aftekenen', 'schuifmaat'] },
	{ id: 'storingen-verhelpen', label: 'Storingen opsporen en verhelpen', labelEn: 'Troubleshooting faults', category: 'vakkennis', synonyms: ['storingzoeken', 'storing verhelpen', 'troubleshooting'] },
	{ id: 'preventief-onderhoud', label: 'Preventief onderhoud uitvoeren', labelEn: 'Preventive maintenance', category: 'vakkennis', synonyms: ['gepland onderhoud', 'periodiek onderhoud', 'onderhoudsbeurt'] },
	{ id: 'rijbewijs-b', label: 'Auto rijden (rijbewijs B)', labelEn: 'Driving a car (licence B)', category: 'vakkennis', synonyms: ['rijbewijs B', 'autorijden'] },
	{ id: 'afrekenen-kassa', label: 'Afrekenen aan de kassa', labelEn: 'Operating a cash register', category: 'vakkennis', synonyms: ['kassa', 'kassawerk', 'pinbetaling'] },
	{ id: 'voorraad-beheren', label: 'Voorraad beheren', labelEn: 'Stock management', category: 'vakkennis', synonyms: ['voorraadbeheer', 'inventariseren', 'voorraadtelling'] },
	{ id: 'handgereedschap', label: 'Werken met handgereedschap', labelEn: 'Using hand tools', category: 'vakkennis', synonyms: ['gereedschap', 'elektrisch handgereedschap', 'boormachine'] },
	{ id: 'schoonmaken-werkplek', label: 'Werkplek schoon en opgeruimd houden', labelEn: 'Keeping the workplace clean and tidy', category: 'vakkennis', synonyms: ['5S', 'opruimen', 'orde en netheid'] },
	{ id: 'haccp', label: 'Voedselveilig werken (HACCP)', labelEn: 'Food safety (HACCP)', category: 'veiligheid', synonyms: ['HACCP', 'voedselveiligheid', 'hygiënecode'] },
	{ id: 'offerte-maken', label: 'Offertes maken', labelEn: 'Preparing quotations', category: 'vakkennis', synonyms: ['offerte', 'prijsopgave', 'calculeren'] }
];
