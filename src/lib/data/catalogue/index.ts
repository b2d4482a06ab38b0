export { DEMO_NOTICE, DEMO_NOTICE_DE, DEMO_NOTICE_EN } from './notice';
export { PROVIDERS, providerById } from './providers';
export { DEMO_OFFERS } from './offers';
export { KANSBEROEPEN, occupationOutlook } from './kansberoepen';
export { CATALOGUE_MATCH_CONTEXT } from './match-context';
