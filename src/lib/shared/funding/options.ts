import type { Offer } from '$lib/shared/matching/catalogue-schema';
import type { OutlookLookup } from '$lib/shared/matching/outlook';
import { tfvvEligibility } from './tfvv';
import type { ConfigurableValue, FundingAmount, FundingOption, FundingPerson, FundingReason, FundingRule, FundingRuleSet } from './types';

export interface FundingContext {
	outlook: OutlookLookup;
	perspectiveDemonstrated?: boolean;
	/** ISO date the person would apply on; decides whether time-boxed schemes are open. */
	onDate: string;
}

function offerCost(offer: Offer): number | null {
	return 'costEuros' in offer ? offer.costEuros : null;
}

/** A confirmed maximum is capped at the offer's cost; anything else stays visibly unknown. */
function amountFor(max: ConfigurableValue, cost: number | null): FundingAmount {
	if (max.status === 'bevestigd' && max.value !== null) {
		return { status: 'known', maxEuros: cost === null ? max.value : Math.min(max.value, cost) };
	}
	return { status: 'unknown', exampleEuros: max.value, note: max.note };
}

function evaluate(rule: FundingRule, person: FundingPerson, offer: Offer, context: FundingContext): { eligible: boolean; reasons: FundingReason[] } {
	if (!rule.appliesTo.includes(offer.kind)) return { eligible: false, reasons: ['geen-scholing'] };
	if (offerCost(offer) === 0) return { eligible: false, reasons: ['kosteloos'] };
	switch (rule.kind) {
		case 'tfvv':
			return tfvvEligibility({ person, offer, rule, outlook: context.outlook, perspectiveDemonstrated: context.perspectiveDemonstrated });
		case 'werkgever':
			// O&O-fondsen and employer budgets reach workers through their employer (docs/product.md §6.2).
			return person.employed
				? { eligible: true, reasons: ['in-loondienst', 'voorwaarden-bij-uitvoerder'] }
				: { eligible: false, reasons: ['werkgever-nodig'] };
		case 'slim': {
			// SLIM is applied for by employers, not citizens (docs/product.md §6.2).
			const open = context.onDate >= rule.availableFrom && context.onDate <= rule.availableUntil;
			const reasons: FundingReason[] = [open ? 'regeling-open' : 'regeling-gesloten'];
			reasons.push(person.employed ? 'werkgever-vraagt-aan' : 'werkgever-nodig');
			return { eligible: open && person.employed, reasons };
		}
		case 'stap': {
			const open = context.onDate <= rule.lastApplicationDate;
			return { eligible: open, reasons: [open ? 'regeling-open' : 'regeling-gesloten', 'voorwaarden-bij-uitvoerder'] };
		}
		case 'eigen-budget':
		case 'levenlanglerenkrediet':
			return { eligible: true, reasons: ['voorwaarden-bij-uitvoerder'] };
	}
}

/**
 * Every rule of one rules version, evaluated for this person and offer. Ineligible options stay in
 * the list with their reasons: "why not" is as useful to a resident as "yes".
 */
export function fundingOptions(person: FundingPerson, offer: Offer, ruleSet: FundingRuleSet, context: FundingContext): FundingOption[] {
	const cost = offerCost(offer);
	return ruleSet.rules.map((rule) => {
		const { eligible, reasons } = evaluate(rule, person, offer, context);
		return {
			ruleId: rule.id,
			kind: rule.kind,
			eligible,
			reasons,
			amount: amountFor(rule.maxAmountEuros, cost),
			coFinancingShare: rule.kind === 'tfvv' ? rule.coFinancingShare : null,
			rulesVersion: ruleSet.version,
			checkedAt: rule.checkedAt,
			sources: rule.sources
		};
	});
}

/** The rule set in force on a date: versions are kept so an old application is judged by its own rules. */
export function ruleSetOn(ruleSets: readonly FundingRuleSet[], isoDate: string): FundingRuleSet | undefined {
	return ruleSets.find((set) => isoDate >= set.validFrom && (set.validUntil === null || isoDate <= set.validUntil));
}

export function ruleSetByVersion(ruleSets: readonly FundingRuleSet[], version: string): FundingRuleSet {
	const set = ruleSets.find((s) => s.version === version);
	if (!set) throw new Error(`Unknown funding rules version: ${version}`);
	return set;
}
