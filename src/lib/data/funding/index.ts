export { FUNDING_RULE_SETS, CURRENT_FUNDING_RULES_VERSION } from './rule-sets';
export { TFVV_RULE } from './rules';
export { SOURCES as FUNDING_SOURCES, CHECKED_AT as FUNDING_CHECKED_AT } from './sources';
