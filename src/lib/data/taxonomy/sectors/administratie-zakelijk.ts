import type { SectorModule } from '$lib/data/taxonomy/types';

export const ADMINISTRATIE_ZAKELIJK: SectorModule = {
	sector: { id: 'administratie-zakelijk', label: 'Administratie en zakelijke dienstverlening', labelEn: 'Administration and business services' },
	skills: [
		{ id: 'archiveren', label: 'Archiveren en documenten beheren', labelEn: 'Filing and document management', category: 'digitaal', synonyms: ['archief', 'digitaal archiveren', 'dossierbeheer'] },
		{ id: 'zakelijke-correspondentie', label: 'Zakelijke brieven en mails schrijven', labelEn: 'Business correspondence', category: 'communicatie', synonyms: ['correspondentie', 'zakelijk schrijven', 'brieven opstellen'] },
		{ id: 'agendabeheer', label: 'Agenda’s beheren en afspraken plannen', labelEn: 'Managing calendars and appointments', category: 'vakkennis', synonyms: ['agendabeheer', 'afspraken inplannen', 'secretariaat'] },
		{ id: 'notuleren', label: 'Notuleren', labelEn: 'Taking minutes', category: 'communicatie', synonyms: ['notulen', 'actielijst', 'vergaderverslag'] },
		{ id: 'facturen-verwerken', label: 'Facturen verwerken', labelEn: 'Processing invoices', category: 'vakkennis', synonyms: ['inkoopfacturen', 'crediteuren', 'factuurcontrole'] },
		{ id: 'debiteurenbeheer', label: 'Debiteurenbeheer', labelEn: 'Accounts receivable', category: 'vakkennis', synonyms: ['debiteuren', 'incasso', 'betalingsherinnering'] },
		{ id: 'boekhouden', label: 'Boekhouden', labelEn: 'Bookkeeping', category: 'rekenen', synonyms: ['boekingen', 'grootboek', 'journaalposten'] },
		{ id: 'btw-aangifte', label: 'Btw-aangifte voorbereiden', labelEn: 'Preparing VAT returns', category: 'vakkennis', synonyms: ['btw', 'omzetbelasting', 'belastingaangifte'] },
		{ id: 'jaarafsluiting', label: 'Meewerken aan de jaarafsluiting', labelEn: 'Assisting with year-end closing', category: 'rekenen', synonyms: ['jaarrekening', 'balans', 'maandafsluiting'] },
		{ id: 'salarisadministratie', label: 'Salarisadministratie', labelEn: 'Payroll administration', category: 'vakkennis', synonyms: ['loonadministratie', 'salarisverwerking', 'loonstrook'] },
		{ id: 'boekhoudsoftware', label: 'Werken met boekhoudsoftware', labelEn: 'Using accounting software', category: 'digitaal', synonyms: ['Twinfield', 'Exact Online', 'Moneybird'] },
		{ id: 'klantvragen-online', label: 'Klantvragen beantwoorden via chat en mail', labelEn: 'Handling customer queries via chat and e-mail', category: 'communicatie', synonyms: ['webcare', 'chat', 'klantenservice'] },
		{ id: 'crm-systeem', label: 'Werken met een CRM-systeem', labelEn: 'Using a CRM system', category: 'digitaal', synonyms: ['CRM', 'Salesforce', 'klantendatabase'] },
		{ id: 'gesprekstechnieken', label: 'Gesprekstechnieken toepassen', labelEn: 'Conversation techniques', category: 'communicatie', synonyms: ['LSD', 'doorvragen', 'actief luisteren'] },
		{ id: 'werven-selecteren', label: 'Werven en selecteren', labelEn: 'Recruitment and selection', category: 'vakkennis', synonyms: ['werving', 'vacatures plaatsen', 'sollicitatiegesprek'] },
		{ id: 'personeelsadministratie', label: 'Personeelsadministratie bijhouden', labelEn: 'HR administration', category: 'vakkennis', synonyms: ['personeelsdossier', 'HR-administratie', 'contracten opstellen'] },
		{ id: 'verzuimbegeleiding', label: 'Verzuim registreren en begeleiden', labelEn: 'Absence management', category: 'vakkennis', synonyms: ['ziekteverzuim', 'Wet verbetering poortwachter', 'verzuim'] },
		{ id: 'arbeidsrecht-cao', label: 'Cao en arbeidsrecht toepassen', labelEn: 'Applying labour law and collective agreements', category: 'vakkennis', synonyms: ['cao', 'arbeidsrecht', 'arbeidsvoorwaarden'] }
	],
	occupations: [
		{
			id: 'administratief-medewerker', label: 'Administratief medewerker', labelEn: 'Administrative assistant', typicalLevel: 'mbo-3',
			synonyms: ['medewerker administratie', 'office assistant', 'secretarieel medewerker'],
			description: 'Je houdt de administratie van een bedrijf of organisatie bij. Je voert gegevens in, beantwoordt post en mail en zorgt dat dossiers op orde zijn.',
			skillIds: ['gegevens-invoeren', 'archiveren', 'zakelijke-correspondentie', 'microsoft-word', 'microsoft-excel', 'e-mail-en-agenda', 'facturen-verwerken', 'telefoneren', 'agendabeheer', 'notuleren', 'privacy-avg', 'nauwkeurig-werken', 'nederlands-schrijven', 'eigen-werk-plannen']
		},
		{
			id: 'financieel-administratief-medewerker', label: 'Financieel administratief medewerker', labelEn: 'Accounts clerk', typicalLevel: 'mbo-4',
			synonyms: ['boekhouder', 'medewerker financiële administratie', 'crediteurenadministrateur'],
			description: 'Je houdt de geldzaken van een bedrijf bij. Je boekt facturen, let op betalingen en helpt bij de btw-aangifte en de jaarcijfers.',
			skillIds: ['boekhouden', 'facturen-verwerken', 'debiteurenbeheer', 'btw-aangifte', 'jaarafsluiting', 'boekhoudsoftware', 'salarisadministratie', 'microsoft-excel', 'erp-systeem', 'rekenvaardigheid', 'nauwkeurig-werken', 'privacy-avg']
		},
		{
			id: 'klantenservicemedewerker', label: 'Klantenservicemedewerker', labelEn: 'Customer service agent', typicalLevel: 'mbo-2',
			synonyms: ['callcentermedewerker', 'medewerker klantcontact', 'klantcontactmedewerker'],
			description: 'Je helpt klanten aan de telefoon, via chat of per mail. Je beantwoordt vragen, lost problemen op en legt alles vast in het systeem.',
			skillIds: ['telefoneren', 'klantvragen-online', 'gesprekstechnieken', 'klachten-afhandelen', 'crm-systeem', 'klantgericht-werken', 'computervaardigheden', 'gegevens-invoeren', 'omgaan-met-werkdruk', 'omgaan-met-agressie', 'nederlands-schrijven', 'duits']
		},
		{
			id: 'hr-medewerker', label: 'HR-medewerker', labelEn: 'HR assistant', typicalLevel: 'mbo-4',
			synonyms: ['medewerker personeelszaken', 'HR-assistent', 'P&O-medewerker'],
			description: 'Je regelt zaken rond het personeel: contracten, ziekmeldingen, vacatures en vragen van medewerkers. Je kent de cao en gaat zorgvuldig om met privégegevens.',
			skillIds: ['personeelsadministratie', 'werven-selecteren', 'verzuimbegeleiding', 'arbeidsrecht-cao', 'salarisadministratie', 'gesprekstechnieken', 'privacy-avg', 'zakelijke-correspondentie', 'microsoft-excel', 'agendabeheer', 'duidelijk-communiceren', 'nauwkeurig-werken']
		}
	]
};
