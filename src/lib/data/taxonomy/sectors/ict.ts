import type { SectorModule } from '$lib/data/taxonomy/types';

export const ICT: SectorModule = {
	sector: { id: 'ict', label: 'ICT', labelEn: 'ICT' },
	skills: [
		{ id: 'gebruikers-ondersteunen', label: 'Gebruikers ondersteunen', labelEn: 'End-user support', category: 'vakkennis', synonyms: ['helpdesk', 'eerstelijns support', 'gebruikersondersteuning'] },
		{ id: 'ticketsysteem', label: 'Werken met een ticketsysteem', labelEn: 'Using a ticketing system', category: 'digitaal', synonyms: ['TOPdesk', 'ticketing', 'incidentregistratie'] },
		{ id: 'itil', label: 'Incidenten en wijzigingen beheren (ITIL)', labelEn: 'Incident and change management (ITIL)', category: 'vakkennis', synonyms: ['ITIL', 'incidentbeheer', 'wijzigingsbeheer'] },
		{ id: 'hardware-installeren', label: 'Computers en randapparatuur installeren', labelEn: 'Installing hardware', category: 'digitaal', synonyms: ['hardware', 'laptops uitrollen', 'printers installeren'] },
		{ id: 'werkplekbeheer', label: 'Windows-werkplekken beheren', labelEn: 'Managing Windows workstations', category: 'digitaal', synonyms: ['Windows', 'Intune', 'werkplekken'] },
		{ id: 'microsoft-365-beheer', label: 'Microsoft 365 beheren', labelEn: 'Administering Microsoft 365', category: 'digitaal', synonyms: ['Office 365', 'Entra ID', 'Exchange'] },
		{ id: 'netwerken-configureren', label: 'Netwerken configureren', labelEn: 'Configuring networks', category: 'digitaal', synonyms: ['netwerkbeheer', 'switches', 'wifi', 'TCP/IP'] },
		{ id: 'linux-beheer', label: 'Linux-servers beheren', labelEn: 'Administering Linux servers', category: 'digitaal', synonyms: ['Linux', 'Ubuntu', 'bash'] },
		{ id: 'cloud-virtualisatie', label: 'Cloud en virtualisatie', labelEn: 'Cloud and virtualisation', category: 'digitaal', synonyms: ['Azure', 'AWS', 'VMware', 'Hyper-V'] },
		{ id: 'informatiebeveiliging', label: 'Informatiebeveiliging toepassen', labelEn: 'Applying information security', category: 'veiligheid', synonyms: ['cybersecurity', 'ISO 27001', 'BIO', 'security'] },
		{ id: 'back-up-herstel', label: 'Back-ups maken en terugzetten', labelEn: 'Backup and restore', category: 'digitaal', synonyms: ['back-up', 'restore', 'herstelprocedure'] },
		{ id: 'webapplicaties-bouwen', label: 'Webapplicaties bouwen', labelEn: 'Building web applications', category: 'digitaal', synonyms: ['webdevelopment', 'frontend', 'HTML en CSS'] },
		{ id: 'javascript-typescript', label: 'Programmeren in JavaScript of TypeScript', labelEn: 'Programming in JavaScript or TypeScript', category: 'digitaal', synonyms: ['JavaScript', 'TypeScript', 'Node.js', 'React'] },
		{ id: 'python', label: 'Programmeren in Python', labelEn: 'Programming in Python', category: 'digitaal', synonyms: ['Python', 'pandas', 'Django'] },
		{ id: 'csharp-java', label: 'Programmeren in C# of Java', labelEn: 'Programming in C# or Java', category: 'digitaal', synonyms: ['C#', '.NET', 'Java'] },
		{ id: 'databases-sql', label: 'Databases en SQL', labelEn: 'Databases and SQL', category: 'digitaal', synonyms: ['SQL', 'PostgreSQL', 'MySQL', 'database'] },
		{ id: 'versiebeheer-git', label: 'Versiebeheer met Git', labelEn: 'Version control with Git', category: 'digitaal', synonyms: ['Git', 'GitHub', 'GitLab'] },
		{ id: 'software-testen', label: 'Software testen', labelEn: 'Software testing', category: 'digitaal', synonyms: ['unittests', 'testautomatisering', 'testen'] },
		{ id: 'scrum', label: 'Werken volgens Scrum', labelEn: 'Working in Scrum', category: 'samenwerken', synonyms: ['agile', 'sprint', 'stand-up'] },
		{ id: 'wensen-vertalen', label: 'Wensen van gebruikers vertalen naar eisen', labelEn: 'Requirements analysis', category: 'communicatie', synonyms: ['requirements', 'user stories', 'functioneel ontwerp'] },
		{ id: 'data-analyseren', label: 'Data analyseren', labelEn: 'Data analysis', category: 'digitaal', synonyms: ['data-analyse', 'gegevens analyseren', 'statistiek'] },
		{ id: 'datavisualisatie', label: 'Dashboards en grafieken maken', labelEn: 'Data visualisation', category: 'digitaal', synonyms: ['Power BI', 'dashboard', 'Tableau'] },
		{ id: 'data-opschonen', label: 'Data opschonen en koppelen', labelEn: 'Data cleaning and integration', category: 'digitaal', synonyms: ['datakwaliteit', 'ETL', 'ontdubbelen'] },
		{ id: 'api-koppelingen', label: 'Koppelingen tussen systemen maken', labelEn: 'Building API integrations', category: 'digitaal', synonyms: ['API', 'REST', 'integraties'] }
	],
	occupations: [
		{
			id: 'servicedesk-medewerker', label: 'Servicedeskmedewerker ICT', labelEn: 'IT service desk agent', typicalLevel: 'mbo-4',
			synonyms: ['helpdeskmedewerker', 'ICT-supporter', 'medewerker servicedesk', 'IT-support'],
			description: 'Je helpt collega’s of klanten met vragen en problemen over computers, software en accounts. Je zoekt de oorzaak en lost het op of geeft het door.',
			skillIds: ['gebruikers-ondersteunen', 'ticketsysteem', 'itil', 'werkplekbeheer', 'microsoft-365-beheer', 'hardware-installeren', 'telefoneren', 'klantgericht-werken', 'duidelijk-communiceren', 'problemen-oplossen', 'informatiebeveiliging', 'engels', 'schriftelijk-rapporteren']
		},
		{
			id: 'ict-beheerder', label: 'ICT-beheerder', labelEn: 'IT system administrator', typicalLevel: 'mbo-4',
			synonyms: ['systeembeheerder', 'netwerkbeheerder', 'IT-beheerder'],
			description: 'Je zorgt dat servers, netwerken en computers van een organisatie goed en veilig werken. Je installeert, houdt bij en lost storingen op.',
			skillIds: ['netwerken-configureren', 'werkplekbeheer', 'linux-beheer', 'cloud-virtualisatie', 'microsoft-365-beheer', 'back-up-herstel', 'informatiebeveiliging', 'itil', 'storingen-verhelpen', 'hardware-installeren', 'schriftelijk-rapporteren', 'engels', 'zelfstandig-werken']
		},
		{
			id: 'softwareontwikkelaar', label: 'Softwareontwikkelaar', labelEn: 'Software developer', typicalLevel: 'mbo-4',
			synonyms: ['programmeur', 'developer', 'webdeveloper', 'software engineer'],
			description: 'Je bouwt websites, apps en software. Je schrijft code, test of alles werkt en werkt in een team samen met gebruikers.',
			skillIds: ['javascript-typescript', 'webapplicaties-bouwen', 'databases-sql', 'versiebeheer-git', 'software-testen', 'api-koppelingen', 'scrum', 'csharp-java', 'python', 'wensen-vertalen', 'problemen-oplossen', 'engels', 'samenwerken-in-team', 'bijleren']
		},
		{
			id: 'data-analist', label: 'Data-analist', labelEn: 'Data analyst', typicalLevel: 'hbo',
			synonyms: ['data analyst', 'BI-specialist', 'rapportage-analist'],
			description: 'Je zoekt in gegevens naar antwoorden op vragen van een bedrijf. Je maakt overzichten en dashboards en legt uit wat de cijfers betekenen.',
			skillIds: ['data-analyseren', 'databases-sql', 'datavisualisatie', 'python', 'data-opschonen', 'microsoft-excel', 'wensen-vertalen', 'privacy-avg', 'schriftelijk-rapporteren', 'duidelijk-communiceren', 'engels', 'nauwkeurig-werken']
		}
	]
};
