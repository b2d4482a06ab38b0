import { z } from 'zod';
import { DEMO_OFFERS, KANSBEROEPEN, PROVIDERS } from '$lib/data/catalogue';
import { importTemplate } from '$lib/shared/catalogue-import';
import { escoConfirmAllFormSchema, escoSuggestionFormSchema, escoUndoFormSchema } from '$lib/shared/esco-import';
import {
	acceptInvitationSchema as acceptAccountInvitationSchema,
	changeEmailSchema,
	changePasswordSchema,
	forgotPasswordSchema,
	invitationSchema,
	localeSchema,
	loginSchema,
	organisationSchema,
	registerSchema,
	resetPasswordSchema,
	staffAccountSchema,
	staffRolesSchema,
	verifyCodeSchema
} from '$lib/shared/account';
import { acceptInvitationSchema as acceptApkInvitationSchema, codeInvitationSchema, emailInvitationSchema, revokeCodeSchema } from '$lib/shared/apk/invitation';
import { gesprekNoteSchema, suggestionSchema, validateSkillSchema } from '$lib/shared/gesprek';
import { newId } from '$lib/shared/id';
import { pushSubscriptionSchema, pushUnsubscribeSchema } from '$lib/shared/push';
import { MONITORING_TABLES } from '$lib/shared/monitoring';
import { klantervaringSchema, klantervaringTargetSchema } from '$lib/shared/monitoring/klantervaring';
import type { Role } from '$lib/shared/roles';
import { contactAnswerSchema, gesprekCodeRequestSchema, gesprekCodeEntrySchema, suggestionAnswerSchema, talentpoolOptInSchema } from '$lib/shared/sharing';
import { catalogueQuerySchema, pullQuerySchema, pushBodySchema } from '$lib/shared/sync/protocol';
import { contactRequestSchema, talentFilterSchema } from '$lib/shared/talentpool';
import { voucherSubmitSchema } from '$lib/shared/voucher/workflow';
import { getCatalogueEntry } from '$lib/server/catalogue/editor';
import { kansberoepToForm, offerToForm, providerToForm } from '$lib/server/catalogue/forms';
import { reviewInputSchema } from '$lib/server/evc/review';
import { GEMEENTE_FILTER_IDS } from '$lib/server/monitoring/filter';
import { externalAnswerSchema, importSchema, publicLinkSchema, validationRequestSchema } from '$lib/shared/credentials';
import { staffBerichtSchema } from '$lib/shared/notices';
import { employerOfferForm, type World } from './harness';
import { employerOfferSchema, hideOfferSchema, offerStatusSchema, unhideOfferSchema } from '$lib/shared/vacatures';
import { todayInTwente } from '$lib/server/vacatures/service';

/**
 * How to reach one handler or action with a good request; the fuzzer breaks every part of it.
 * `schema` is the oracle: whatever it refuses, the endpoint must refuse too (a 4xx, nothing written).
 */
export interface Target {
	role: Role | null;
	/** Any signed-in person may call it (the handler decides per record), so another role is not refused by rule. */
	anyRole?: true;
	/** Open to visitors who are not signed in as well. */
	public?: true;
	params?: (w: World) => Record<string, string>;
	/** Route parameters the route checks itself: a value this refuses must be refused. */
	paramsSchema?: z.ZodType;
	query?: (w: World) => Record<string, string>;
	json?: (w: World) => unknown;
	form?: (w: World) => Promise<Record<string, string>> | Record<string, string>;
	/** A raw byte upload with these headers. */
	bytes?: (w: World) => Record<string, string>;
	schema?: z.ZodType;
	/** Tables a refusal may still write to, and why. */
	refusalMayWrite?: string[];
}


/** A demo offer of the provider the fuzz world's provider account stands for. */
const ROC_OFFER = DEMO_OFFERS.find((o) => o.providerId === 'roc-van-twente')!;
const uuidParam = (name: string) => z.object({ [name]: z.uuid() });
/** Refused reads of a shared portfolio are logged for the resident (docs/product.md §7.3). */
const ACCESS_LOG = ['access_log'];
/** A refused guess (password, code, an email that has an account) is counted: that write is the point of the refusal. */
const THROTTLE = ['throttle_counter'];
const archiveSchema = z.object({ id: z.string().min(1).max(80), archived: z.enum(['true', 'false']) });
const PNG = { 'x-file-name': 'foto.png' };

const monitoringQuery = () => ({ periode: '2024-Q2', gemeente: GEMEENTE_FILTER_IDS[0]!, table: MONITORING_TABLES[0] });
const voucherStep = (role: Role): Target => ({
	role,
	params: (w) => ({ id: w.ids.voucher }),
	form: () => ({ reason: 'Past bij het plan.', scholingsplan: 'Eerst de basis, dan de praktijk.' })
});

/** A browser's subscription as Chrome gives it: an FCM endpoint, a P-256 public key and a 16-byte auth secret. */
const PUSH_ENDPOINT = 'https://fcm.googleapis.com/fcm/send/fuzz-device:APA91bH';
const PUSH_KEYS = {
	p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
	auth: 'tBHItJI5svbpez7KI4CCXg'
};

/** Keyed `<route id> <METHOD>` for handlers, `<route id> ?/<action>` for form actions, `<route id> load` for page loads. */
export const TARGETS: Record<string, Target> = {
	'/api/account/locale POST': { role: 'inwoner', anyRole: true, json: () => ({ locale: 'en' }), schema: localeSchema },
	'/api/apk/invitations POST': { role: 'inwoner', json: () => ({ code: 'ABCDE-FGHJK' }), schema: acceptApkInvitationSchema, refusalMayWrite: THROTTLE },
	'/api/delen/gesprek-code POST': { role: 'inwoner', json: () => ({ sections: ['profiel', 'skills'], hours: 24 }), schema: gesprekCodeRequestSchema },
	'/api/delen/suggesties/[id] POST': {
		role: 'inwoner',
		params: (w) => ({ id: w.ids.suggestion }),
		paramsSchema: uuidParam('id'),
		json: () => ({ decision: 'accept' }),
		schema: suggestionAnswerSchema
	},
	'/api/delen/toegang/[id] DELETE': { role: 'inwoner', params: (w) => ({ id: w.ids.grant }), paramsSchema: uuidParam('id') },
	'/api/evc/beoordeling POST': {
		role: 'adviseur',
		json: (w) => ({ portfolioId: w.portfolioId, evidenceId: newId(), verdict: 'voldoende', comment: 'Duidelijk bewijs.' }),
		schema: reviewInputSchema,
		refusalMayWrite: ACCESS_LOG
	},
	'/api/files POST': { role: 'inwoner', bytes: () => ({ ...PNG, 'x-file-id': newId() }) },
	'/api/files/[id] GET': { role: 'inwoner', params: () => ({ id: newId() }), paramsSchema: uuidParam('id') },
	'/api/files/[id] HEAD': { role: 'inwoner', params: () => ({ id: newId() }), paramsSchema: uuidParam('id') },
	'/api/files/[id] PUT': {
		role: 'inwoner',
		params: () => ({ id: newId() }),
		paramsSchema: uuidParam('id'),
		query: () => ({ offset: '0' }),
		bytes: () => ({ ...PNG, 'x-file-size': '64' })
	},
	'/api/gedeeld/bestanden/[id] GET': { role: 'adviseur', anyRole: true, params: () => ({ id: newId() }), paramsSchema: uuidParam('id'), refusalMayWrite: ACCESS_LOG },
	'/api/gegevens/verwijderen POST': {
		role: 'inwoner',
		anyRole: true,
		// The fuzzed people have no real password hash, so no input can delete the account the other targets use.
		json: () => ({ password: 'mijn-wachtwoord' }),
		schema: z.object({ password: z.string().min(1).max(200) }),
		refusalMayWrite: THROTTLE
	},
	'/api/klantervaring GET': { role: 'inwoner', query: (w) => ({ over: 'voucher', id: w.ids.voucher }), schema: klantervaringTargetSchema },
	'/api/klantervaring POST': {
		role: 'inwoner',
		json: (w) => ({ over: 'voucher', id: w.ids.voucher, score: 8, comment: 'Fijn geholpen.' }),
		schema: klantervaringSchema
	},
	'/api/monitoring GET': { role: 'beheerder', query: monitoringQuery },
	'/(beheer)/beheer/monitoring/export GET': { role: 'beheerder', query: monitoringQuery },
	// Residents, advisers and beheerders turn push on; the wrong role the fuzzer tries for an adviser is a werkgever.
	'/api/push/abonnement POST': { role: 'adviseur', json: () => ({ endpoint: PUSH_ENDPOINT, expirationTime: null, keys: PUSH_KEYS }), schema: pushSubscriptionSchema },
	'/api/push/abonnement DELETE': { role: 'adviseur', json: () => ({ endpoint: PUSH_ENDPOINT }), schema: pushUnsubscribeSchema },
	'/api/sync/catalogue GET': { role: null, query: () => ({ since: '0', limit: '50' }), schema: catalogueQuerySchema },
	'/api/sync/pull GET': { role: 'inwoner', query: () => ({ since: '0', limit: '50' }), schema: pullQuerySchema },
	'/api/sync/push POST': {
		role: 'inwoner',
		anyRole: true,
		json: (w) => ({
			clientId: newId(),
			portfolioId: w.portfolioId,
			mutations: [{ mutationId: 1, entity: 'skillClaim', entityId: newId(), op: 'create', patch: { skillId: 'lassen', level: 2 }, baseVersion: 0 }]
		}),
		schema: pushBodySchema
	},
	'/api/talentpool/deelname POST': { role: 'inwoner', json: () => ({ optIn: true }), schema: talentpoolOptInSchema },
	'/api/credentials/[id] GET': { role: 'inwoner', params: () => ({ id: newId() }), paramsSchema: uuidParam('id') },
	'/api/credentials/[id] POST': { role: 'inwoner', params: () => ({ id: newId() }), paramsSchema: uuidParam('id'), json: () => ({ public: true }), schema: publicLinkSchema },
	'/api/credentials/cv POST': { role: 'inwoner', json: () => ({ public: true }), schema: publicLinkSchema },
	'/api/credentials/import POST': { role: 'inwoner', json: () => ({ text: '{"hello":"world"}' }), schema: importSchema },
	'/api/credentials/validatieverzoek POST': { role: 'inwoner', json: () => ({ name: 'Henk Bosch', email: 'henk@example.nl', skillClaimIds: [newId()] }), schema: validationRequestSchema },
	'/api/talentpool/kaarten GET': { role: 'werkgever', query: () => ({ region: 'twente', level: 'mbo-2', skill: 'lassen' }), schema: talentFilterSchema },
	'/api/talentpool/verzoeken/[id] POST': {
		role: 'inwoner',
		params: (w) => ({ id: w.ids.contactRequest }),
		paramsSchema: uuidParam('id'),
		json: () => ({ decision: 'accept', sections: ['profiel'], days: 30 }),
		schema: contactAnswerSchema
	},
	'/api/vouchers POST': {
		role: 'inwoner',
		json: (w) => ({ id: newId(), offerId: w.ids.offer, motivation: 'Ik wil lassen leren.', werkgemeente: null, employed: false, coFinancing: '' }),
		schema: voucherSubmitSchema
	},

	'/(account)/account ?/password': {
		role: 'inwoner',
		anyRole: true,
		form: () => ({ currentPassword: 'geheim-wachtwoord', newPassword: 'nieuw-wachtwoord-1', confirmPassword: 'nieuw-wachtwoord-1' }),
		schema: changePasswordSchema
	},
	'/(account)/account ?/code': { role: 'inwoner', anyRole: true, form: () => ({ code: '123456' }), schema: verifyCodeSchema, refusalMayWrite: ['email_token'] },
	'/(account)/account ?/email': {
		role: 'inwoner',
		anyRole: true,
		form: () => ({ email: `${newId()}@example.nl`, currentPassword: 'geheim-wachtwoord' }),
		schema: changeEmailSchema,
		refusalMayWrite: THROTTLE
	},
	// Residents and staff with berichten of their own choose here (a werkgever, who has none, is refused).
	'/(account)/account ?/meldingen': { role: 'inwoner', anyRole: true, form: () => ({ 'mail-validatie': 'on', 'mail-apk': 'on' }) },
	'/(account)/berichten ?/open': { role: 'adviseur', anyRole: true, form: () => ({ id: newId() }), schema: staffBerichtSchema },
	'/(account)/berichten ?/allRead': { role: 'adviseur', anyRole: true, form: () => ({}) },
	'/(account)/account ?/resend': { role: 'inwoner', anyRole: true, form: () => ({}), refusalMayWrite: THROTTLE },
	'/(adviseur)/adviseur ?/code': { role: 'adviseur', form: () => ({ code: 'ABCD-EFGH' }), schema: gesprekCodeEntrySchema, refusalMayWrite: THROTTLE },
	'/(adviseur)/adviseur/inwoner/[portfolioId] ?/validate': {
		role: 'adviseur',
		params: (w) => ({ portfolioId: w.portfolioId }),
		paramsSchema: uuidParam('portfolioId'),
		form: () => ({ skillClaimId: newId() }),
		schema: validateSkillSchema,
		refusalMayWrite: ACCESS_LOG
	},
	'/(adviseur)/adviseur/inwoner/[portfolioId] ?/verslag': {
		role: 'adviseur',
		params: (w) => ({ portfolioId: w.portfolioId }),
		paramsSchema: uuidParam('portfolioId'),
		form: () => ({ body: 'Goed gesprek over lassen.' }),
		schema: gesprekNoteSchema,
		refusalMayWrite: ACCESS_LOG
	},
	'/(adviseur)/adviseur/inwoner/[portfolioId] ?/evcReview': {
		role: 'adviseur',
		params: (w) => ({ portfolioId: w.portfolioId }),
		paramsSchema: uuidParam('portfolioId'),
		form: () => ({ evidenceId: newId(), verdict: 'voldoende', comment: '' }),
		schema: reviewInputSchema.omit({ portfolioId: true }),
		refusalMayWrite: ACCESS_LOG
	},
	'/(adviseur)/adviseur/inwoner/[portfolioId] ?/suggestie': {
		role: 'adviseur',
		params: (w) => ({ portfolioId: w.portfolioId }),
		paramsSchema: uuidParam('portfolioId'),
		form: () => ({ title: 'Cursus veilig werken', description: 'VCA basis.' }),
		schema: suggestionSchema,
		refusalMayWrite: ACCESS_LOG
	},
	'/(adviseur)/adviseur/vouchers/[id] ?/gesprek': voucherStep('adviseur'),
	'/(adviseur)/adviseur/vouchers/[id] ?/plan': voucherStep('adviseur'),
	'/(beheer)/beheer/aanbod ?/archive': { role: 'beheerder', form: (w) => ({ id: w.ids.offer, archived: 'false' }), schema: archiveSchema },
	'/(beheer)/beheer/aanbod/[id] ?/save': {
		role: 'beheerder',
		params: (w) => ({ id: w.ids.offer }),
		form: async (w) => offerToForm((await getCatalogueEntry(w.db, 'offer', w.ids.offer))!.data as Parameters<typeof offerToForm>[0])
	},
	'/(beheer)/beheer/aanbod/import/sjabloon/[bestand] GET': { role: 'beheerder', params: () => ({ bestand: 'aanbod.csv' }) },
	'/(aanbieder)/aanbieder/import/sjabloon/[bestand] GET': { role: 'aanbieder', params: () => ({ bestand: 'aanbod.json' }) },
	'/(beheer)/beheer/aanbod/import ?/preview': { role: 'beheerder', form: () => ({ kind: 'offer', supplierId: PROVIDERS[0]!.id }) },
	'/(beheer)/beheer/aanbod/import ?/import': { role: 'beheerder', form: () => ({ kind: 'offer', supplierId: PROVIDERS[0]!.id, format: 'csv', content: importTemplate('offer', 'csv', PROVIDERS[0]!.id) }) },
	'/(aanbieder)/aanbieder/import ?/preview': { role: 'aanbieder', form: () => ({ kind: 'offer', supplierId: '' }) },
	'/(aanbieder)/aanbieder/import ?/import': { role: 'aanbieder', form: () => ({ kind: 'offer', supplierId: '', format: 'csv', content: importTemplate('offer', 'csv', 'roc-van-twente') }) },
	'/(aanbieder)/aanbieder/aanbod/[id] ?/save': {
		role: 'aanbieder',
		params: () => ({ id: ROC_OFFER.id }),
		form: () => offerToForm(ROC_OFFER)
	},
	// No file, a broken one or one that is no ESCO file: each a 4xx with the reason next to the file field.
	'/(beheer)/beheer/taxonomie/esco ?/upload': { role: 'beheerder', form: () => ({ file: '' }) },
	'/(beheer)/beheer/taxonomie/esco ?/confirm': { role: 'beheerder', form: () => ({ id: newId() }), schema: escoSuggestionFormSchema },
	'/(beheer)/beheer/taxonomie/esco ?/reject': { role: 'beheerder', form: () => ({ id: newId() }), schema: escoSuggestionFormSchema },
	'/(beheer)/beheer/taxonomie/esco ?/confirmAll': { role: 'beheerder', form: () => ({}), schema: escoConfirmAllFormSchema },
	'/(beheer)/beheer/taxonomie/esco ?/undo': { role: 'beheerder', form: () => ({ kind: 'skill', ourId: 'heftruck-rijden' }), schema: escoUndoFormSchema },
	'/(beheer)/beheer/aanbod/aanbieders ?/archive': { role: 'beheerder', form: () => ({ id: PROVIDERS[0]!.id, archived: 'false' }), schema: archiveSchema },
	'/(beheer)/beheer/aanbod/aanbieders/[id] ?/save': { role: 'beheerder', params: () => ({ id: PROVIDERS[0]!.id }), form: () => providerToForm(PROVIDERS[0]!) },
	'/(beheer)/beheer/aanbod/kansberoepen ?/archive': { role: 'beheerder', form: () => ({ id: KANSBEROEPEN[0]!.occupationId, archived: 'false' }), schema: archiveSchema },
	'/(beheer)/beheer/aanbod/kansberoepen/[id] ?/save': {
		role: 'beheerder',
		params: () => ({ id: KANSBEROEPEN[0]!.occupationId }),
		form: () => kansberoepToForm(KANSBEROEPEN[0]!)
	},
	'/(beheer)/beheer/medewerkers ?/deactivate': { role: 'beheerder', form: () => ({ id: newId() }), schema: staffAccountSchema },
	'/(beheer)/beheer/medewerkers ?/reactivate': { role: 'beheerder', form: (w) => ({ id: w.users.adviseur.id }), schema: staffAccountSchema },
	'/(beheer)/beheer/medewerkers ?/roles': { role: 'beheerder', form: (w) => ({ id: w.users.adviseur.id, adviseur: 'on' }), schema: staffRolesSchema },
	'/(beheer)/beheer/uitnodigingen ?/invite': {
		role: 'beheerder',
		form: (w) => ({ email: 'nieuw-adviseur@example.nl', role: 'werkgever', organisationId: w.ids.organisation }),
		schema: invitationSchema
	},
	'/(beheer)/beheer/uitnodigingen ?/resend': { role: 'beheerder', form: () => ({ id: newId() }), schema: z.object({ id: z.string().min(1).max(64) }) },
	'/(beheer)/beheer/uitnodigingen ?/revoke': { role: 'beheerder', form: () => ({ id: newId() }), schema: z.object({ id: z.string().min(1).max(64) }) },
	'/(beheer)/beheer/uitnodigingen ?/organisation': { role: 'beheerder', form: () => ({ name: 'Nieuwe Werkgever B.V.', kind: 'werkgever' }), schema: organisationSchema },
	'/(beheer)/beheer/vouchers ?/budget': { role: 'beheerder', form: () => ({ year: String(new Date().getFullYear() + 1), amountEuros: '50000' }) },
	'/(beheer)/beheer/vouchers/[id] ?/approve': voucherStep('beheerder'),
	'/(beheer)/beheer/vouchers/[id] ?/reject': voucherStep('beheerder'),
	'/(beheer)/beheer/vouchers/[id] ?/cheque': voucherStep('beheerder'),
	'/(beheer)/beheer/vouchers/[id] ?/paid': voucherStep('beheerder'),
	'/(public)/inloggen ?/default': {
		role: null,
		form: () => ({ email: 'niemand@example.nl', password: 'fout-wachtwoord' }),
		schema: loginSchema,
		refusalMayWrite: THROTTLE
	},
	'/(public)/registreren ?/default': {
		role: null,
		form: () => ({ displayName: 'Nieuwe Inwoner', email: `${newId()}@example.nl`, password: 'lang-genoeg-wachtwoord', privacy: 'on' }),
		schema: registerSchema,
		refusalMayWrite: THROTTLE
	},
	'/(public)/uitloggen ?/default': { role: null, form: () => ({}) },
	'/(public)/wachtwoord-vergeten ?/default': { role: null, form: () => ({ email: 'niemand@example.nl' }), schema: forgotPasswordSchema, refusalMayWrite: THROTTLE },
	'/(public)/wachtwoord-herstellen/[token] ?/default': {
		role: null,
		params: () => ({ token: 'onbekend.token' }),
		form: () => ({ newPassword: 'lang-genoeg-wachtwoord', confirmPassword: 'lang-genoeg-wachtwoord' }),
		schema: resetPasswordSchema
	},
	'/(public)/afmelden/[token] ?/default': { role: null, params: () => ({ token: `${newId()}.onbekend` }), query: () => ({ soort: 'validatie' }), form: () => ({}) },
	'/(public)/e-mail-bevestigen/[token] ?/default': { role: null, params: () => ({ token: 'onbekend.token' }), form: () => ({}) },
	'/(public)/bevestigen/[token] ?/default': { role: null, params: () => ({ token: 'onbekend.token' }), form: () => ({ name: 'Henk Bosch', role: 'Praktijkopleider' }), schema: externalAnswerSchema },
	'/(public)/uitnodiging/[token] ?/default': {
		role: null,
		params: () => ({ token: 'onbekend-token' }),
		form: () => ({ displayName: 'Nieuwe Adviseur', password: 'lang-genoeg-wachtwoord' }),
		schema: acceptAccountInvitationSchema
	},
	'/(werkgever)/werkgever/apk ?/emails': { role: 'werkgever', form: () => ({ emails: 'a@example.nl\nb@example.nl' }), schema: emailInvitationSchema },
	'/(werkgever)/werkgever/apk ?/codes': { role: 'werkgever', form: () => ({ count: '3' }), schema: codeInvitationSchema },
	'/(werkgever)/werkgever/apk ?/revoke': { role: 'werkgever', form: () => ({ id: newId() }), schema: revokeCodeSchema },
	'/(werkgever)/werkgever/vacatures ?/status': { role: 'werkgever', form: (w) => ({ id: w.ids.employerOffer, status: 'gepauzeerd' }), schema: offerStatusSchema },
	'/(werkgever)/werkgever/vacatures/[id] ?/save': { role: 'werkgever', params: () => ({ id: 'nieuw' }), form: () => employerOfferForm(), schema: employerOfferSchema(todayInTwente()) },
	'/(werkgever)/werkgever/vacatures/[id]/kandidaten ?/contact': {
		role: 'werkgever',
		params: (w) => ({ id: w.ids.employerOffer }),
		form: (w) => ({ cardId: w.ids.card, message: 'Je past bij onze vacature voor een lasser.' }),
		schema: contactRequestSchema
	},
	'/(beheer)/beheer/vacatures ?/hide': { role: 'beheerder', form: (w) => ({ id: w.ids.employerOffer, reason: 'Er staat geen loon bij.' }), schema: hideOfferSchema },
	'/(beheer)/beheer/vacatures ?/show': { role: 'beheerder', form: (w) => ({ id: w.ids.employerOffer }), schema: unhideOfferSchema },
	'/(werkgever)/werkgever/talentpool ?/contact': {
		role: 'werkgever',
		form: (w) => ({ cardId: w.ids.card, message: 'Wij zoeken iemand zoals jij in Hengelo.' }),
		schema: contactRequestSchema
	},

	// Filters that fall back to the whole list on anything unknown (like the talentpool's): nothing to refuse.
	'/(adviseur)/adviseur load': { role: 'adviseur', query: () => ({ toon: 'actie', sorteer: 'werk' }) },
	'/(adviseur)/adviseur/gesprek load': { role: 'adviseur', query: () => ({ code: 'ABCD-EFGH' }) },
	'/(adviseur)/adviseur/inwoner/[portfolioId] load': {
		role: 'adviseur',
		params: (w) => ({ portfolioId: w.portfolioId }),
		paramsSchema: uuidParam('portfolioId'),
		refusalMayWrite: ACCESS_LOG
	},
	'/(adviseur)/adviseur/vouchers/[id] load': { role: 'adviseur', params: (w) => ({ id: w.ids.voucher }), paramsSchema: uuidParam('id') },
	'/(aanbieder)/aanbieder load': { role: 'aanbieder', query: () => ({ opgeslagen: 'x' }) },
	'/(aanbieder)/aanbieder/aanbod/[id] load': { role: 'aanbieder', params: () => ({ id: ROC_OFFER.id }) },
	'/(beheer)/beheer/aanbod load': { role: 'beheerder', query: () => ({ q: 'lassen', soort: 'opleiding', status: 'alles', opgeslagen: 'x' }) },
	'/(beheer)/beheer/aanbod/[id] load': { role: 'beheerder', params: (w) => ({ id: w.ids.offer }), query: () => ({ soort: 'opleiding' }) },
	'/(beheer)/beheer/aanbod/aanbieders load': { role: 'beheerder', query: () => ({ opgeslagen: PROVIDERS[0]!.id }) },
	'/(beheer)/beheer/aanbod/aanbieders/[id] load': { role: 'beheerder', params: () => ({ id: PROVIDERS[0]!.id }) },
	'/(beheer)/beheer/aanbod/kansberoepen load': { role: 'beheerder', query: () => ({ opgeslagen: KANSBEROEPEN[0]!.occupationId }) },
	'/(beheer)/beheer/aanbod/kansberoepen/[id] load': { role: 'beheerder', params: () => ({ id: KANSBEROEPEN[0]!.occupationId }) },
	'/(beheer)/beheer/monitoring load': { role: 'beheerder', query: monitoringQuery },
	'/(beheer)/beheer/vouchers load': { role: 'beheerder', query: () => ({ status: 'aanvraag' }) },
	'/(beheer)/beheer/vouchers/[id] load': { role: 'beheerder', params: (w) => ({ id: w.ids.voucher }), paramsSchema: uuidParam('id') },
	'/(public)/inloggen load': { role: 'inwoner', anyRole: true, public: true, query: () => ({ redirectTo: '/mijn/paspoort' }) },
	'/(public)/uitnodiging/[token] load': { role: null, params: () => ({ token: 'onbekend-token' }) },
	'/(public)/bevestigen/[token] load': { role: null, params: () => ({ token: 'onbekend.token' }) },
	'/(public)/verifieer/[id] load': { role: null, params: () => ({ id: 'onbekendelink' }) },
	'/(public)/verifieer/cv/[slug] load': { role: null, params: () => ({ slug: 'onbekendelink' }) },
	'/(public)/verifieer/status/[list] GET': { role: null, params: () => ({ list: '0' }), paramsSchema: z.object({ list: z.string().regex(/^(0|[1-9]\d{0,5})$/) }) },
	'/(public)/afmelden/[token] load': { role: null, params: () => ({ token: `${newId()}.onbekend` }), query: () => ({ soort: 'validatie' }) },
	'/(public)/wachtwoord-herstellen/[token] load': { role: null, params: () => ({ token: 'onbekend.token' }) },
	'/(werkgever)/werkgever/vacatures load': { role: 'werkgever', query: () => ({ opgeslagen: '1' }) },
	'/(werkgever)/werkgever/vacatures/[id] load': { role: 'werkgever', params: (w) => ({ id: w.ids.employerOffer }) },
	'/(werkgever)/werkgever/vacatures/[id]/kandidaten load': { role: 'werkgever', params: (w) => ({ id: w.ids.employerOffer }), query: () => ({ page: '1' }), paramsSchema: uuidParam('id') },
	'/(werkgever)/werkgever/talentpool load': { role: 'werkgever', query: () => ({ region: 'twente', level: 'mbo-2' }) },
	'/(werkgever)/werkgever/talentpool/[requestId] load': {
		role: 'werkgever',
		params: (w) => ({ requestId: w.ids.contactRequest }),
		paramsSchema: uuidParam('requestId'),
		refusalMayWrite: ACCESS_LOG
	}
};
