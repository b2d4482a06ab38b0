export * from './catalogue-schema';
export { matchOffers } from './match';
export { MATCHING_EXPLANATION } from './explanation';
export { createOutlookLookup, type OutlookLookup } from './outlook';
export { travelMinutes, TRAVEL_GEMEENTE_IDS } from './travel';
export { catalogueIndex } from './catalogue-index';
export type * from './types';
