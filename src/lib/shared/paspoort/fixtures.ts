import type { PaspoortLabels, PaspoortSnapshot } from './snapshot';

/** A filled-in paspoort for export tests. */
export const sampleSnapshot: PaspoortSnapshot = {
	profile: {
		displayName: 'Sanne de Vries',
		woonplaats: 'hengelo',
		about: 'Ervaren orderpicker die wil doorgroeien naar teamleider.',
		beroepswensen: ['teamleider-logistiek'],
		contactEmail: 'sanne@example.nl',
		phone: '06-12345678',
		drivingLicences: ['B', 'C']
	},
	workExperiences: [
		{ id: 'w1', title: 'Orderpicker', occupationId: 'orderpicker', employer: 'Distributiecentrum Twente', place: 'Hengelo', startMonth: '2019-03', endMonth: null, description: 'Verzamelen van orders met de reachtruck.' },
		{ id: 'w2', title: 'Vakkenvuller', occupationId: null, employer: 'Supermarkt', place: 'Almelo', startMonth: '2016-01', endMonth: '2019-02', description: '' }
	],
	educations: [{ id: 'e1', name: 'Logistiek medewerker', institution: 'ROC van Twente', level: 'mbo-2', startYear: 2014, endYear: 2016, completed: true }],
	certificates: [{ id: 'c1', name: 'VCA Basis', kind: 'certificaat', issuer: 'SSVV', issuedMonth: '2020-05', validUntilMonth: '2030-05', fileId: null, fileName: '', fileType: '' }],
	languages: [
		{ id: 'l1', language: 'Nederlands', level: 'moedertaal' },
		{ id: 'l2', language: 'Engels', level: 'B1' }
	],
	skillClaims: [
		{ id: 's1', skillId: 'reachtruck', level: 3, source: 'gevalideerd', lastUsedYear: 2026 },
		{ id: 's2', skillId: 'orders-verzamelen', level: 4, source: 'zelf', lastUsedYear: null }
	]
};

export const sampleLabels: PaspoortLabels = {
	skill: (id) => ({ reachtruck: 'Reachtruck rijden', 'orders-verzamelen': 'Orders verzamelen' })[id] ?? id,
	occupation: (id) => ({ 'teamleider-logistiek': 'Teamleider logistiek', orderpicker: 'Orderpicker' })[id] ?? id,
	woonplaats: (id) => ({ hengelo: 'Hengelo' })[id] ?? id,
	educationLevel: (level) => level.toUpperCase(),
	skillLevel: (level) => ['beginner', 'gevorderd', 'ervaren', 'expert'][level - 1] ?? String(level)
};
