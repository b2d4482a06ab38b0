import { describe, expect, it } from 'vitest';
import { CURRENT_FUNDING_RULES_VERSION, FUNDING_RULE_SETS, TFVV_RULE } from '$lib/data/funding';
import { cursus, vacature } from '$lib/shared/matching/test-fixture';
import type { Offer, Outlook } from '$lib/shared/matching/catalogue-schema';
import { fundingOptions, ruleSetByVersion, ruleSetOn } from './options';
import { fundingRuleSchema, fundingRuleSetSchema } from './schema';
import { tfvvEligibility } from './tfvv';
import type { FundingPerson } from './types';

const outlook = (id: string): Outlook => (id === 'lasser' ? 'kansberoep' : 'neutraal');
const person = (patch: Partial<FundingPerson> = {}): FundingPerson => ({
	woonplaats: 'enschede',
	werkgemeente: null,
	educationLevel: 'mbo-2',
	employed: false,
	...patch
});
const kansCourse = cursus('las', { targetOccupationIds: ['lasser'] });
const tfvv = (p: FundingPerson, offer: Offer = kansCourse, perspectiveDemonstrated?: boolean) =>
	tfvvEligibility({ person: p, offer, rule: TFVV_RULE, outlook, perspectiveDemonstrated });

describe('TFvV eligibility', () => {
	it('accepts a Twente resident up to mbo 4 following training towards a kansberoep', () => {
		expect(tfvv(person({ educationLevel: 'mbo-4' }))).toEqual({
			eligible: true,
			reasons: ['kansberoep', 'opleidingsniveau-past', 'woont-in-twente', 'loopbaangesprek-nodig', 'cofinanciering-verplicht']
		});
	});

	it('refuses someone with an hbo or wo diploma', () => {
		for (const educationLevel of ['hbo', 'wo'] as const) {
			const verdict = tfvv(person({ educationLevel }));
			expect(verdict.eligible).toBe(false);
			expect(verdict.reasons).toContain('opleidingsniveau-te-hoog');
		}
	});

	it('accepts the lowest level and refuses an unknown level until the person fills it in', () => {
		expect(tfvv(person({ educationLevel: 'geen-startkwalificatie' })).eligible).toBe(true);
		const unknown = tfvv(person({ educationLevel: null }));
		expect(unknown.eligible).toBe(false);
		expect(unknown.reasons).toContain('opleidingsniveau-onbekend');
	});

	it('refuses someone living outside Twente who does not work in Twente', () => {
		const verdict = tfvv(person({ woonplaats: 'buiten-twente', werkgemeente: null }));
		expect(verdict.eligible).toBe(false);
		expect(verdict.reasons).toContain('niet-in-twente');
		expect(tfvv(person({ woonplaats: 'buiten-twente', werkgemeente: 'buiten-twente' })).eligible).toBe(false);
	});

	it('accepts someone living outside Twente who works in a Twente gemeente', () => {
		const verdict = tfvv(person({ woonplaats: 'buiten-twente', werkgemeente: 'hof-van-twente' }));
		expect(verdict.eligible).toBe(true);
		expect(verdict.reasons).toContain('werkt-in-twente');
	});

	it('refuses training aimed at a non-kansberoep without a labour-market perspective', () => {
		const verdict = tfvv(person(), cursus('kook', { targetOccupationIds: ['kok'] }));
		expect(verdict.eligible).toBe(false);
		expect(verdict.reasons).toContain('geen-kansberoep-of-perspectief');
	});

	it('accepts a non-kansberoep when the offer or the adviseur shows a labour-market perspective', () => {
		const byOffer = tfvv(person(), cursus('kook', { targetOccupationIds: ['kok'], labourMarketPerspective: true }));
		expect(byOffer).toMatchObject({ eligible: true });
		expect(byOffer.reasons).toContain('arbeidsmarktperspectief');
		expect(tfvv(person(), cursus('kook', { targetOccupationIds: ['kok'] }), true).eligible).toBe(true);
	});

	it('reports every failing condition at once', () => {
		const verdict = tfvv(person({ educationLevel: 'hbo', woonplaats: 'buiten-twente' }), cursus('kook', { targetOccupationIds: ['kok'] }));
		expect(verdict.reasons).toEqual(
			expect.arrayContaining(['geen-kansberoep-of-perspectief', 'opleidingsniveau-te-hoog', 'niet-in-twente'])
		);
	});

	it('never funds vacatures or free training', () => {
		expect(tfvv(person(), vacature('v', { targetOccupationIds: ['lasser'] }))).toEqual({ eligible: false, reasons: ['geen-scholing'] });
		expect(tfvv(person(), cursus('free', { targetOccupationIds: ['lasser'], costEuros: 0 }))).toEqual({ eligible: false, reasons: ['kosteloos'] });
	});

	it('covers all 14 Twente gemeenten and not "buiten Twente"', () => {
		expect(TFVV_RULE.regionGemeenteIds).toHaveLength(14);
		expect(TFVV_RULE.regionGemeenteIds).not.toContain('buiten-twente');
	});
});

describe('fundingOptions', () => {
	const current = ruleSetByVersion(FUNDING_RULE_SETS, CURRENT_FUNDING_RULES_VERSION);
	const ctx = { outlook, onDate: '2026-11-22' };

	it('lists every rule with its verdict, source and check date', () => {
		const options = fundingOptions(person(), kansCourse, current, ctx);
		expect(options.map((o) => o.ruleId)).toEqual(current.rules.map((r) => r.id));
		for (const option of options) {
			expect(option.sources.length).toBeGreaterThan(0);
			expect(option.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(option.rulesVersion).toBe(CURRENT_FUNDING_RULES_VERSION);
		}
		expect(options.find((o) => o.ruleId === 'tfvv')?.eligible).toBe(true);
	});

	it('shows unknown amounts as unknown and the co-financing share as an example', () => {
		const tfvvOption = fundingOptions(person(), kansCourse, current, ctx).find((o) => o.ruleId === 'tfvv')!;
		expect(tfvvOption.amount).toEqual({ status: 'unknown', exampleEuros: null, note: expect.any(String) });
		expect(tfvvOption.coFinancingShare).toMatchObject({ configurable: true, status: 'voorbeeld', value: 0.25 });
		expect(tfvvOption.coFinancingShare?.source?.reference).toMatch(/niet bevestigd/);
	});

	it('needs an employer for the employer fund and SLIM', () => {
		const without = fundingOptions(person({ employed: false }), kansCourse, current, ctx);
		const withEmployer = fundingOptions(person({ employed: true }), kansCourse, current, ctx);
		for (const id of ['werkgever-oo-fonds', 'slim-individueel']) {
			expect(without.find((o) => o.ruleId === id)).toMatchObject({ eligible: false, reasons: expect.arrayContaining(['werkgever-nodig']) });
			expect(withEmployer.find((o) => o.ruleId === id)?.eligible).toBe(true);
		}
	});

	it('closes SLIM after 2027', () => {
		const slim = fundingOptions(person({ employed: true }), kansCourse, current, { outlook, onDate: '2028-01-01' }).find((o) => o.ruleId === 'slim-individueel')!;
		expect(slim.eligible).toBe(false);
		expect(slim.reasons).toContain('regeling-gesloten');
	});
});

describe('funding rule versions', () => {
	it('picks the version in force on a date', () => {
		expect(ruleSetOn(FUNDING_RULE_SETS, '2023-06-01')?.version).toBe('2023-1');
		expect(ruleSetOn(FUNDING_RULE_SETS, '2024-01-01')?.version).toBe('2024-1');
		expect(ruleSetOn(FUNDING_RULE_SETS, '2026-11-22')?.version).toBe(CURRENT_FUNDING_RULES_VERSION);
		expect(ruleSetOn(FUNDING_RULE_SETS, '2019-01-01')).toBeUndefined();
	});

	it('judges an old application by its own version: STAP in 2023, SLIM instead since 2024', () => {
		const ctx = { outlook, onDate: '2023-10-01' };
		const old = fundingOptions(person(), cursus('c', { costEuros: 1500 }), ruleSetByVersion(FUNDING_RULE_SETS, '2023-1'), ctx);
		const stap = old.find((o) => o.ruleId === 'stap')!;
		expect(stap.eligible).toBe(true);
		expect(stap.amount).toEqual({ status: 'known', maxEuros: 1000 });
		expect(old.some((o) => o.ruleId === 'slim-individueel')).toBe(false);

		const now = fundingOptions(person(), kansCourse, ruleSetByVersion(FUNDING_RULE_SETS, '2024-1'), { outlook, onDate: '2026-11-22' });
		expect(now.some((o) => o.ruleId === 'stap')).toBe(false);
		expect(now.some((o) => o.ruleId === 'slim-individueel')).toBe(true);
	});

	it('caps a known amount at the course cost and closes STAP after its last round', () => {
		const set = ruleSetByVersion(FUNDING_RULE_SETS, '2023-1');
		const cheap = fundingOptions(person(), cursus('c', { costEuros: 300 }), set, { outlook, onDate: '2023-10-01' }).find((o) => o.ruleId === 'stap')!;
		expect(cheap.amount).toEqual({ status: 'known', maxEuros: 300 });
		const late = fundingOptions(person(), cursus('c'), set, { outlook, onDate: '2023-11-16' }).find((o) => o.ruleId === 'stap')!;
		expect(late.eligible).toBe(false);
		expect(late.reasons).toContain('regeling-gesloten');
	});

	it('has unique versions whose periods do not overlap, one of them open-ended', () => {
		const versions = FUNDING_RULE_SETS.map((s) => s.version);
		expect(new Set(versions).size).toBe(versions.length);
		const sorted = [...FUNDING_RULE_SETS].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
		for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.validUntil! < sorted[i]!.validFrom).toBe(true);
		expect(sorted.at(-1)!.validUntil).toBeNull();
		expect(() => ruleSetByVersion(FUNDING_RULE_SETS, '1999-1')).toThrow(/Unknown funding rules version/);
	});

	it('gives every rule at least one source, a check date and unknown amounts as configuration', () => {
		for (const set of FUNDING_RULE_SETS) {
			for (const rule of set.rules) {
				expect(rule.sources.length, rule.id).toBeGreaterThan(0);
				expect(rule.maxAmountEuros.configurable).toBe(true);
				if (rule.maxAmountEuros.value === null) expect(rule.maxAmountEuros.status).toBe('onbekend');
				else expect(rule.maxAmountEuros.source, rule.id).not.toBeNull();
			}
		}
	});
});

describe('funding rule schema', () => {
	it('accepts every shipped rule set', () => {
		for (const set of FUNDING_RULE_SETS) expect(fundingRuleSetSchema.safeParse(set).error?.issues, set.version).toBeUndefined();
	});

	it('refuses a confirmed amount without a source and an example without a value', () => {
		const confirmedWithoutSource = { ...TFVV_RULE, maxAmountEuros: { ...TFVV_RULE.maxAmountEuros, value: 500, status: 'bevestigd', source: null } };
		const exampleWithoutValue = { ...TFVV_RULE, coFinancingShare: { ...TFVV_RULE.coFinancingShare, value: null } };
		expect(fundingRuleSchema.safeParse(confirmedWithoutSource).success).toBe(false);
		expect(fundingRuleSchema.safeParse(exampleWithoutValue).success).toBe(false);
		expect(fundingRuleSchema.safeParse({ ...TFVV_RULE, coFinancingShare: { ...TFVV_RULE.coFinancingShare, value: 1.5 } }).success).toBe(false);
		expect(fundingRuleSchema.safeParse({ ...TFVV_RULE, sources: [] }).success).toBe(false);
	});
});
