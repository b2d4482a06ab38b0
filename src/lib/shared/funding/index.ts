export { tfvvEligibility, type TfvvInput, type TfvvVerdict } from './tfvv';
export { fundingOptions, ruleSetOn, ruleSetByVersion, type FundingContext } from './options';
export type * from './types';
export { fundingRuleSchema, fundingRuleSetSchema, configurableValueSchema } from './schema';
