import { GEMEENTEN } from '$lib/data/gemeenten';
import type { ConfigurableValue, FundingRule, TfvvRule } from '$lib/shared/funding/types';
import { CHECKED_AT, SOURCES } from './sources';

const TRAINING = ['opleiding', 'cursus', 'leerwerktraject'] as const;

const unknownAmount = (note: string): ConfigurableValue => ({ value: null, configurable: true, status: 'onbekend', note, source: null });

/** All 14 gemeenten take part in the fund since 1 January 2019 (iKBiNDR). */
const TWENTE_GEMEENTE_IDS: readonly string[] = GEMEENTEN.map((g) => g.id);

export const TFVV_RULE: TfvvRule = {
	id: 'tfvv',
	kind: 'tfvv',
	name: 'Twents Fonds voor Vakmanschap',
	nameEn: 'Twente Fund for Craftsmanship',
	sources: [SOURCES.tfvvVerordening, SOURCES.tfvvProces, SOURCES.tfvvGemeenten, SOURCES.tfvvDoelgroep],
	checkedAt: CHECKED_AT,
	appliesTo: TRAINING,
	// havo-vwo has no vocational diploma above mbo 4; whether the fund counts it in is not in the sources.
	eligibleEducationLevels: ['geen-startkwalificatie', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'havo-vwo'],
	regionGemeenteIds: TWENTE_GEMEENTE_IDS,
	coFinancingShare: {
		value: 0.25,
		configurable: true,
		status: 'voorbeeld',
		note: 'Voorbeeldwaarde (25%). Dat cofinanciering sinds 2022 verplicht is, komt uit de productbeschrijving; het aandeel staat niet in de geraadpleegde bronnen. De beheerder stelt het echte aandeel in.',
		source: SOURCES.productCofinanciering
	},
	maxAmountEuros: unknownAmount('Het bedrag of maximum van de scholingscheque staat niet in de geraadpleegde bronnen; de beheerder stelt het in.'),
	processSteps: ['aanvraag', 'loopbaangesprek', 'scholingsplan', 'beoordeling', 'scholingscheque', 'betaling-aan-opleider']
};

export const WERKGEVER_RULE: FundingRule = {
	id: 'werkgever-oo-fonds',
	kind: 'werkgever',
	name: 'Werkgever of O&O-fonds van de branche',
	nameEn: 'Employer or sector training fund (O&O-fonds)',
	sources: [SOURCES.ooFondsen],
	checkedAt: CHECKED_AT,
	appliesTo: TRAINING,
	maxAmountEuros: unknownAmount('Verschilt per werkgever, cao en O&O-fonds.')
};

export const SLIM_RULE: FundingRule = {
	id: 'slim-individueel',
	kind: 'slim',
	name: 'SLIM: tijdelijke regeling individuele scholing (via werkgever)',
	nameEn: 'SLIM temporary individual training scheme (through the employer)',
	sources: [SOURCES.slim, SOURCES.llo],
	checkedAt: CHECKED_AT,
	appliesTo: TRAINING,
	availableFrom: '2024-01-01',
	availableUntil: '2027-12-31',
	maxAmountEuros: unknownAmount('Bedrag per aanvraag staat niet in de geraadpleegde bronnen; de regeling is bedoeld voor maatschappelijk cruciale sectoren.')
};

export const EIGEN_BUDGET_RULE: FundingRule = {
	id: 'eigen-budget',
	kind: 'eigen-budget',
	name: 'Eigen budget of persoonlijk ontwikkelbudget',
	nameEn: 'Own budget or personal development budget',
	sources: [SOURCES.llo],
	checkedAt: CHECKED_AT,
	appliesTo: TRAINING,
	maxAmountEuros: unknownAmount('Hangt af van je eigen geld of een ontwikkelbudget uit je cao.')
};

export const LEVENLANGLERENKREDIET_RULE: FundingRule = {
	id: 'levenlanglerenkrediet',
	kind: 'levenlanglerenkrediet',
	name: 'Levenlanglerenkrediet (lening van DUO)',
	nameEn: 'Lifelong learning credit (DUO loan)',
	sources: [SOURCES.levenlanglerenkrediet],
	checkedAt: CHECKED_AT,
	appliesTo: TRAINING,
	maxAmountEuros: unknownAmount('Het is een lening; bedrag en voorwaarden staan bij DUO.')
};

export const STAP_RULE: FundingRule = {
	id: 'stap',
	kind: 'stap',
	name: 'STAP-budget',
	nameEn: 'STAP training budget',
	sources: [SOURCES.stapBedrag, SOURCES.stapEinde],
	checkedAt: CHECKED_AT,
	appliesTo: TRAINING,
	lastApplicationDate: '2023-11-15',
	maxAmountEuros: {
		value: 1000,
		configurable: true,
		status: 'bevestigd',
		note: 'Maximaal € 1.000 per persoon per jaar, inclusief btw.',
		source: SOURCES.stapBedrag
	}
};
