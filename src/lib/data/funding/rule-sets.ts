import type { FundingRuleSet } from '$lib/shared/funding/types';
import { EIGEN_BUDGET_RULE, LEVENLANGLERENKREDIET_RULE, SLIM_RULE, STAP_RULE, TFVV_RULE, WERKGEVER_RULE } from './rules';

/**
 * Funding rules by version. A version is never edited once an application was judged by it; a
 * change of scheme is a new version, so an aanvraag from 2023 can still show the rules it met.
 */
export const FUNDING_RULE_SETS: readonly FundingRuleSet[] = [
	{
		version: '2023-1',
		validFrom: '2023-01-01',
		validUntil: '2023-12-31',
		changeNote: 'STAP-budget nog open tot de laatste ronde van 15 november 2023.',
		rules: [TFVV_RULE, WERKGEVER_RULE, STAP_RULE, EIGEN_BUDGET_RULE, LEVENLANGLERENKREDIET_RULE]
	},
	{
		version: '2024-1',
		validFrom: '2024-01-01',
		validUntil: null,
		changeNote: 'STAP-budget gestopt; het restant ging naar een tijdelijke regeling individuele scholing binnen SLIM (2024-2027), aan te vragen door werkgevers.',
		rules: [TFVV_RULE, WERKGEVER_RULE, SLIM_RULE, EIGEN_BUDGET_RULE, LEVENLANGLERENKREDIET_RULE]
	}
];

export const CURRENT_FUNDING_RULES_VERSION = '2024-1';
