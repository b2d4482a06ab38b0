import type { EducationLevel } from '$lib/shared/sync/entities/paspoort';
import type { OfferKind, SourceRef } from '$lib/shared/matching/catalogue-schema';

/**
 * An amount or share we do not know for certain is configuration, never a hard-coded fact:
 * 'onbekend' has no value, 'voorbeeld' carries an example the beheerder must confirm, and only
 * 'bevestigd' values come from a checked source.
 */
export interface ConfigurableValue {
	value: number | null;
	configurable: true;
	status: 'bevestigd' | 'voorbeeld' | 'onbekend';
	note: string;
	source: SourceRef | null;
}

interface RuleBase {
	id: string;
	name: string;
	nameEn: string;
	sources: readonly SourceRef[];
	checkedAt: string;
	/** Offer kinds the scheme can pay for. */
	appliesTo: readonly OfferKind[];
	maxAmountEuros: ConfigurableValue;
}

export interface TfvvRule extends RuleBase {
	kind: 'tfvv';
	eligibleEducationLevels: readonly EducationLevel[];
	regionGemeenteIds: readonly string[];
	coFinancingShare: ConfigurableValue;
	/** aanvraag → loopbaangesprek → scholingsplan → beoordeling → scholingscheque → provider paid. */
	processSteps: readonly string[];
}

export interface EmployerFundRule extends RuleBase {
	kind: 'werkgever';
}

export interface SlimRule extends RuleBase {
	kind: 'slim';
	availableFrom: string;
	availableUntil: string;
}

export interface OwnBudgetRule extends RuleBase {
	kind: 'eigen-budget';
}

export interface LoanRule extends RuleBase {
	kind: 'levenlanglerenkrediet';
}

export interface StapRule extends RuleBase {
	kind: 'stap';
	lastApplicationDate: string;
}

export type FundingRule = TfvvRule | EmployerFundRule | SlimRule | OwnBudgetRule | LoanRule | StapRule;

export interface FundingRuleSet {
	version: string;
	validFrom: string;
	/** Null for the set in force now. */
	validUntil: string | null;
	/** Why this version exists, for the beheerder's history view. */
	changeNote: string;
	rules: readonly FundingRule[];
}

export interface FundingPerson {
	woonplaats: string;
	/** Gemeente of the employer, when the person works. */
	werkgemeente: string | null;
	educationLevel: EducationLevel | null;
	/** In paid employment: the employer-run schemes need an employer to apply. */
	employed: boolean;
}

export type FundingReason =
	| 'geen-scholing'
	| 'kosteloos'
	| 'kansberoep'
	| 'arbeidsmarktperspectief'
	| 'geen-kansberoep-of-perspectief'
	| 'opleidingsniveau-past'
	| 'opleidingsniveau-te-hoog'
	| 'opleidingsniveau-onbekend'
	| 'woont-in-twente'
	| 'werkt-in-twente'
	| 'niet-in-twente'
	| 'loopbaangesprek-nodig'
	| 'cofinanciering-verplicht'
	| 'in-loondienst'
	| 'werkgever-nodig'
	| 'werkgever-vraagt-aan'
	| 'regeling-open'
	| 'regeling-gesloten'
	| 'voorwaarden-bij-uitvoerder';

export type FundingAmount =
	| { status: 'known'; maxEuros: number }
	| { status: 'unknown'; exampleEuros: number | null; note: string };

export interface FundingOption {
	ruleId: string;
	kind: FundingRule['kind'];
	eligible: boolean;
	reasons: FundingReason[];
	amount: FundingAmount;
	/** Only for schemes that demand co-financing; shown with its status, since the share may be an example. */
	coFinancingShare: ConfigurableValue | null;
	rulesVersion: string;
	checkedAt: string;
	sources: readonly SourceRef[];
}
