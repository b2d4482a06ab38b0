import type { SectorModule } from '$lib/data/taxonomy/types';

export const ZORG_WELZIJN: SectorModule = {
	sector: { id: 'zorg-welzijn', label: 'Zorg en welzijn', labelEn: 'Health care and social work' },
	skills: [
		{ id: 'adl-ondersteuning', label: 'Helpen bij dagelijkse verzorging (ADL)', labelEn: 'Assisting with activities of daily living', category: 'vakkennis', synonyms: ['ADL', 'wassen en aankleden', 'persoonlijke verzorging'] },
		{ id: 'werken-met-zorgplan', label: 'Werken met een zorgplan', labelEn: 'Working with a care plan', category: 'vakkennis', synonyms: ['zorgleefplan', 'ondersteuningsplan', 'begeleidingsplan'] },
		{ id: 'rapporteren-clientdossier', label: 'Rapporteren in het cliëntdossier', labelEn: 'Reporting in the electronic client record', category: 'digitaal', synonyms: ['ECD', 'elektronisch cliëntdossier', 'Nedap Ons', 'zorgdossier'] },
		{ id: 'medicatie-geven', label: 'Medicijnen klaarzetten en geven', labelEn: 'Administering medication', category: 'vakkennis', synonyms: ['medicatie', 'medicijnen toedienen', 'medicatierol'] },
		{ id: 'voorbehouden-handelingen', label: 'Voorbehouden handelingen uitvoeren', labelEn: 'Performing reserved medical procedures', category: 'vakkennis', synonyms: ['risicovolle handelingen', 'injecteren', 'katheteriseren'] },
		{ id: 'wondverzorging', label: 'Wonden verzorgen', labelEn: 'Wound care', category: 'vakkennis', synonyms: ['wondzorg', 'verband aanleggen', 'decubitus'] },
		{ id: 'vitale-functies-meten', label: 'Vitale functies meten', labelEn: 'Measuring vital signs', category: 'vakkennis', synonyms: ['bloeddruk meten', 'temperatuur meten', 'pols meten', 'saturatie'] },
		{ id: 'observeren-signaleren', label: 'Observeren en signaleren', labelEn: 'Observing and reporting changes', category: 'vakkennis', synonyms: ['signaleren', 'observatie', 'veranderingen opmerken'] },
		{ id: 'transfers-tilliften', label: 'Cliënten verplaatsen met hulpmiddelen', labelEn: 'Patient transfers with lifting aids', category: 'veiligheid', synonyms: ['tillift', 'transfer', 'sta-op-lift'] },
		{ id: 'zorg-bij-dementie', label: 'Zorgen voor mensen met dementie', labelEn: 'Caring for people with dementia', category: 'vakkennis', synonyms: ['dementie', 'psychogeriatrie', 'PG-zorg'] },
		{ id: 'palliatieve-zorg', label: 'Palliatieve zorg', labelEn: 'Palliative care', category: 'vakkennis', synonyms: ['terminale zorg', 'laatste levensfase', 'stervensbegeleiding'] },
		{ id: 'infectiepreventie', label: 'Infectiepreventie', labelEn: 'Infection prevention', category: 'veiligheid', synonyms: ['besmetting voorkomen', 'isolatieverpleging', 'steriel werken'] },
		{ id: 'huishoudelijke-taken', label: 'Huishoudelijke taken uitvoeren', labelEn: 'Household support', category: 'vakkennis', synonyms: ['huishouding', 'huishoudelijke hulp', 'huishoudelijk werk'] },
		{ id: 'maaltijden-verzorgen', label: 'Maaltijden en drinken verzorgen', labelEn: 'Serving meals and drinks to clients', category: 'vakkennis', synonyms: ['eten geven', 'voeding en vocht', 'maaltijdondersteuning'] },
		{ id: 'dagactiviteiten', label: 'Dagactiviteiten organiseren', labelEn: 'Organising day activities', category: 'vakkennis', synonyms: ['dagbesteding', 'activiteitenbegeleiding', 'welzijnsactiviteit'] },
		{ id: 'contact-maken-inleven', label: 'Contact maken en je inleven', labelEn: 'Empathy and building rapport', category: 'communicatie', synonyms: ['empathie', 'inlevingsvermogen', 'luisteren'] },
		{ id: 'samenwerken-mantelzorgers', label: 'Samenwerken met familie en mantelzorgers', labelEn: 'Working with family and informal carers', category: 'samenwerken', synonyms: ['mantelzorg', 'familiegesprek', 'naasten'] },
		{ id: 'begeleiden-mensen-met-beperking', label: 'Mensen met een beperking begeleiden', labelEn: 'Supporting people with disabilities', category: 'vakkennis', synonyms: ['verstandelijke beperking', 'LVB', 'gehandicaptenzorg'] },
		{ id: 'moeilijk-gedrag', label: 'Omgaan met moeilijk verstaanbaar gedrag', labelEn: 'Dealing with challenging behaviour', category: 'vakkennis', synonyms: ['probleemgedrag', 'gedragsproblemen', 'onbegrepen gedrag'] },
		{ id: 'methodisch-werken', label: 'Methodisch werken', labelEn: 'Working methodically (care cycle)', category: 'vakkennis', synonyms: ['zorgcyclus', 'SMART-doelen', 'doelen evalueren'] },
		{ id: 'klinisch-redeneren', label: 'Klinisch redeneren', labelEn: 'Clinical reasoning', category: 'vakkennis', synonyms: ['verpleegkundig redeneren', 'verpleegkundige diagnose'] },
		{ id: 'telefonische-triage', label: 'Telefonische triage', labelEn: 'Telephone triage', category: 'vakkennis', synonyms: ['triëren', 'urgentie bepalen', 'NTS'] },
		{ id: 'bloed-afnemen', label: 'Bloed afnemen', labelEn: 'Taking blood samples', category: 'vakkennis', synonyms: ['venapunctie', 'vingerprik', 'bloedprikken'] },
		{ id: 'medische-administratie', label: 'Medische administratie bijhouden', labelEn: 'Medical administration', category: 'digitaal', synonyms: ['HIS', 'huisartseninformatiesysteem', 'patiëntgegevens'] },
		{ id: 'medische-termen', label: 'Medische termen begrijpen', labelEn: 'Medical terminology', category: 'taal', synonyms: ['medische terminologie', 'vaktaal zorg'] },
		{ id: 'zelfredzaamheid-stimuleren', label: 'Zelfredzaamheid stimuleren', labelEn: 'Promoting independence', category: 'vakkennis', synonyms: ['zelfredzaamheid', 'eigen regie', 'participatie'] },
		{ id: 'wijkgericht-werken', label: 'Zorg verlenen in de wijk', labelEn: 'Community-based care', category: 'vakkennis', synonyms: ['wijkzorg', 'thuiszorg', 'wijkverpleging'] },
		{ id: 'hulp-bij-geldzaken', label: 'Helpen met geldzaken en post', labelEn: 'Helping with finances and paperwork', category: 'vakkennis', synonyms: ['budgetteren', 'schulden', 'thuisadministratie'] },
		{ id: 'netwerk-versterken', label: 'Netwerk van de cliënt versterken', labelEn: 'Strengthening the client’s social network', category: 'samenwerken', synonyms: ['sociale kaart', 'netwerkgericht werken', 'netwerkberaad'] },
		{ id: 'ggz-verslaving', label: 'Begeleiden bij psychische problemen en verslaving', labelEn: 'Supporting people with mental health problems and addiction', category: 'vakkennis', synonyms: ['GGZ', 'verslaving', 'psychiatrie'] }
	],
	occupations: [
		{
			id: 'verzorgende-ig', label: 'Verzorgende IG', labelEn: 'Certified care assistant', typicalLevel: 'mbo-3',
			synonyms: ['verzorgende', 'VIG', 'verzorgende individuele gezondheidszorg', 'verzorgende in de thuiszorg'],
			description: 'Je helpt ouderen of zieke mensen bij wassen, aankleden en eten, thuis of in een verpleeghuis. Je geeft medicijnen, verzorgt wonden en let goed op hoe het met iemand gaat.',
			skillIds: ['adl-ondersteuning', 'werken-met-zorgplan', 'medicatie-geven', 'observeren-signaleren', 'rapporteren-clientdossier', 'voorbehouden-handelingen', 'wondverzorging', 'vitale-functies-meten', 'transfers-tilliften', 'zorg-bij-dementie', 'palliatieve-zorg', 'samenwerken-mantelzorgers', 'hygienisch-werken', 'infectiepreventie', 'contact-maken-inleven', 'overdracht-geven', 'privacy-avg', 'ergonomisch-werken']
		},
		{
			id: 'helpende-zorg-welzijn', label: 'Helpende zorg en welzijn', labelEn: 'Care and welfare assistant', typicalLevel: 'mbo-2',
			synonyms: ['helpende', 'zorghulp', 'helpende Z&W', 'huishoudelijk medewerker zorg'],
			description: 'Je helpt mensen die zorg nodig hebben bij dagelijkse dingen: het huishouden, eten en drinken en een leuke dag. Je merkt op als iemand verandert en meldt dat.',
			skillIds: ['adl-ondersteuning', 'huishoudelijke-taken', 'maaltijden-verzorgen', 'observeren-signaleren', 'dagactiviteiten', 'contact-maken-inleven', 'werken-met-zorgplan', 'rapporteren-clientdossier', 'transfers-tilliften', 'hygienisch-werken', 'ergonomisch-werken', 'samenwerken-in-team', 'privacy-avg']
		},
		{
			id: 'mbo-verpleegkundige', label: 'Mbo-verpleegkundige', labelEn: 'Registered nurse (vocational)', typicalLevel: 'mbo-4',
			synonyms: ['verpleegkundige', 'verpleegkundige niveau 4', 'wijkverpleegkundige'],
			description: 'Je verpleegt mensen in het ziekenhuis, een verpleeghuis of thuis. Je bepaalt welke zorg nodig is, doet medische handelingen en werkt samen met artsen.',
			skillIds: ['klinisch-redeneren', 'voorbehouden-handelingen', 'medicatie-geven', 'wondverzorging', 'vitale-functies-meten', 'methodisch-werken', 'werken-met-zorgplan', 'rapporteren-clientdossier', 'wijkgericht-werken', 'infectiepreventie', 'palliatieve-zorg', 'samenwerken-mantelzorgers', 'inwerken-collegas', 'overdracht-geven', 'medische-termen', 'omgaan-met-werkdruk', 'privacy-avg']
		},
		{
			id: 'begeleider-gehandicaptenzorg', label: 'Begeleider gehandicaptenzorg', labelEn: 'Disability support worker', typicalLevel: 'mbo-4',
			synonyms: ['persoonlijk begeleider', 'woonbegeleider', 'begeleider GZ', 'PB-er'],
			description: 'Je begeleidt mensen met een verstandelijke of lichamelijke beperking bij wonen, werken en vrije tijd. Je helpt ze zo zelfstandig mogelijk te leven.',
			skillIds: ['begeleiden-mensen-met-beperking', 'moeilijk-gedrag', 'werken-met-zorgplan', 'methodisch-werken', 'zelfredzaamheid-stimuleren', 'dagactiviteiten', 'samenwerken-mantelzorgers', 'medicatie-geven', 'rapporteren-clientdossier', 'contact-maken-inleven', 'omgaan-met-agressie', 'samenwerken-in-team', 'flexibel-inzetbaar', 'privacy-avg']
		},
		{
			id: 'begeleider-maatschappelijke-zorg', label: 'Begeleider maatschappelijke zorg', labelEn: 'Social care worker', typicalLevel: 'mbo-4',
			synonyms: ['ambulant begeleider', 'maatschappelijk begeleider', 'begeleider GGZ'],
			description: 'Je helpt mensen die het moeilijk hebben, bijvoorbeeld door psychische problemen, verslaving of schulden. Je bezoekt ze thuis en werkt samen aan een beter leven.',
			skillIds: ['ggz-verslaving', 'zelfredzaamheid-stimuleren', 'netwerk-versterken', 'hulp-bij-geldzaken', 'methodisch-werken', 'moeilijk-gedrag', 'omgaan-met-agressie', 'contact-maken-inleven', 'werken-met-zorgplan', 'rapporteren-clientdossier', 'duidelijk-communiceren', 'privacy-avg', 'zelfstandig-werken']
		},
		{
			id: 'doktersassistent', label: 'Doktersassistent', labelEn: 'Medical practice assistant', typicalLevel: 'mbo-4',
			synonyms: ['assistent huisarts', 'praktijkassistent', 'medisch secretaresse'],
			description: 'Je werkt bij de huisarts of in een ziekenhuis. Je neemt de telefoon aan, bepaalt hoe dringend een klacht is en doet zelf kleine medische handelingen.',
			skillIds: ['telefonische-triage', 'medische-administratie', 'bloed-afnemen', 'vitale-functies-meten', 'wondverzorging', 'medische-termen', 'telefoneren', 'klantgericht-werken', 'infectiepreventie', 'privacy-avg', 'eigen-werk-plannen', 'omgaan-met-werkdruk', 'computervaardigheden']
		}
	]
};
