import type { Offer } from '$lib/shared/matching/catalogue-schema';
import type { OutlookLookup } from '$lib/shared/matching/outlook';
import type { FundingPerson, FundingReason, TfvvRule } from './types';

export interface TfvvInput {
	person: FundingPerson;
	offer: Offer;
	rule: TfvvRule;
	outlook: OutlookLookup;
	/** Set when an adviseur documented a labour-market perspective in the scholingsplan. */
	perspectiveDemonstrated?: boolean;
}

export interface TfvvVerdict {
	eligible: boolean;
	reasons: FundingReason[];
}

/**
 * The three conditions of the Subsidieverordening TFvV (CVDR631008, art. 4) plus the target group
 * from the fund's practice. Every condition is evaluated and reported, also after one fails, so the
 * resident sees everything that stands in the way at once.
 */
export function tfvvEligibility({ person, offer, rule, outlook, perspectiveDemonstrated = false }: TfvvInput): TfvvVerdict {
	const reasons: FundingReason[] = [];
	let eligible = true;

	if (!rule.appliesTo.includes(offer.kind)) return { eligible: false, reasons: ['geen-scholing'] };
	if ('costEuros' in offer && offer.costEuros === 0) return { eligible: false, reasons: ['kosteloos'] };

	// Art. 4: aimed at a kansberoep in Twente, or failing that a demonstrable labour-market perspective.
	if (offer.targetOccupationIds.some((occupationId) => outlook(occupationId) === 'kansberoep')) reasons.push('kansberoep');
	else if (offer.labourMarketPerspective || perspectiveDemonstrated) reasons.push('arbeidsmarktperspectief');
	else {
		reasons.push('geen-kansberoep-of-perspectief');
		eligible = false;
	}

	if (person.educationLevel === null) {
		reasons.push('opleidingsniveau-onbekend');
		eligible = false;
	} else if (rule.eligibleEducationLevels.includes(person.educationLevel)) reasons.push('opleidingsniveau-past');
	else {
		reasons.push('opleidingsniveau-te-hoog');
		eligible = false;
	}

	if (rule.regionGemeenteIds.includes(person.woonplaats)) reasons.push('woont-in-twente');
	else if (person.werkgemeente !== null && rule.regionGemeenteIds.includes(person.werkgemeente)) reasons.push('werkt-in-twente');
	else {
		reasons.push('niet-in-twente');
		eligible = false;
	}

	reasons.push('loopbaangesprek-nodig');
	if (rule.coFinancingShare.value !== 0) reasons.push('cofinanciering-verplicht');
	return { eligible, reasons };
}
