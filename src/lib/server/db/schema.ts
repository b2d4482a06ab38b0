import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	customType,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { LOCALES } from '$lib/shared/locale';
import { ROLES } from '$lib/shared/roles';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => new Uint8Array(value)
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisation = pgTable(
	'organisation',
	{
		id: uuid('id').primaryKey(),
		name: text('name').notNull(),
		kind: text('kind', { enum: ['werkgever', 'provider'] }).notNull(),
		kvkNumber: text('kvk_number'),
		/** For a provider organisation: its provider in the catalogue, whose offers its `aanbieder` accounts import and edit. */
		catalogueProviderId: text('catalogue_provider_id'),
		createdAt: createdAt()
	},
	(t) => [check('organisation_kind_check', sql`${t.kind} in ('werkgever', 'provider')`)]
);

export const user = pgTable(
	'app_user',
	{
		id: uuid('id').primaryKey(),
		email: text('email').notNull(),
		passwordHash: text('password_hash').notNull(),
		displayName: text('display_name').notNull(),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		locale: text('locale', { enum: LOCALES })
			.notNull()
			.default('nl'),
		/** When the person proved they read mail at `email` (a link or code from us); null until then. */
		emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
		/** The secret in the unsubscribe links of this person's mail (they work without signing in). */
		unsubscribeKey: text('unsubscribe_key'),
		/** Set by a beheerder: the account cannot sign in and its sessions were ended; null while it is in use. */
		deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
		/** The last successful sign-in, for the beheerder's list of staff accounts. */
		lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('app_user_email_unique').on(t.email), check('app_user_locale_check', sql`${t.locale} in ('nl', 'en', 'de')`)]
);

/**
 * A secret sent by mail: an address check (link plus a six-digit code) or a password reset (link only).
 * Only SHA-256 hashes are stored; a token is used once and lapses at `expires_at`.
 */
export const emailToken = pgTable(
	'email_token',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: ['verify', 'reset'] }).notNull(),
		/** The address the secret was sent to (a check proves this address, also when it is a new one). */
		email: text('email').notNull(),
		secretHash: bytea('secret_hash').notNull(),
		codeHash: bytea('code_hash'),
		/** Wrong codes typed against this token; it stops accepting codes after a few. */
		codeAttempts: integer('code_attempts').notNull().default(0),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		index('email_token_user_idx').on(t.userId, t.purpose),
		check('email_token_purpose_check', sql`${t.purpose} in ('verify', 'reset')`)
	]
);

export { ROLES, type Role } from '$lib/shared/roles';

/** One person can hold several roles (an adviser can also be a resident). */
export const userRole = pgTable(
	'user_role',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ROLES }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.role] }),
		check('user_role_role_check', sql`${t.role} in ('inwoner', 'adviseur', 'werkgever', 'beheerder', 'aanbieder')`)
	]
);

/** Sessions as in Lucia's guide: only SHA-256 of the secret half of the token is stored. */
export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		secretHash: bytea('secret_hash').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export const invitation = pgTable(
	'invitation',
	{
		id: text('id').primaryKey(),
		secretHash: bytea('secret_hash').notNull(),
		email: text('email').notNull(),
		role: text('role', { enum: ROLES }).notNull(),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		invitedBy: uuid('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		/** The mail with the link: waiting, handed to the mail server (`sent`), or refused by it for good (`bounced`). */
		mailStatus: text('mail_status', { enum: ['queued', 'sent', 'bounced'] }),
		mailSentAt: timestamp('mail_sent_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('invitation_email_idx').on(t.email)]
);

/**
 * A mail job whose message the mail server accepted (its 250 answer to the message), keyed by the job's id
 * and written the moment the answer comes, before the job is marked done in the queue. A job that runs again
 * (its worker was killed before the queue heard it was done) finds the row and sends nothing. No address,
 * no person: the job id only. Removed by the housekeeping once no try of the job can still run.
 */
export const mailDelivery = pgTable(
	'mail_delivery',
	{
		jobId: uuid('job_id').primaryKey(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mail_delivery_sent_idx').on(t.sentAt)]
);

/**
 * Protective counters (src/lib/server/auth/throttle.ts): attempts per key, such as `signin:account:<email>`,
 * `signin:ip:<address>`, `gesprek:account:<user id>` or `register:ip:<address>`, inside a window that starts
 * with its first attempt; a key over its limit is locked until `locked_until`.
 */
export const throttleCounter = pgTable('throttle_counter', {
	key: text('key').primaryKey(),
	attempts: integer('attempts').notNull().default(0),
	windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
	lockedUntil: timestamp('locked_until', { withTimezone: true })
});

/** The root every resident-owned record hangs from. */
export const portfolio = pgTable(
	'portfolio',
	{
		id: uuid('id').primaryKey(),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('portfolio_owner_unique').on(t.ownerId)]
);

/** Per-portfolio version counter: bumped inside every write transaction, so version order is commit order. */
export const portfolioSync = pgTable('portfolio_sync', {
	portfolioId: uuid('portfolio_id')
		.primaryKey()
		.references(() => portfolio.id, { onDelete: 'cascade' }),
	version: bigint('version', { mode: 'number' }).notNull().default(0)
});

/** One row per device replica: the last mutation applied makes pushes exactly-once. */
export const syncClient = pgTable(
	'sync_client',
	{
		id: uuid('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		lastMutationId: bigint('last_mutation_id', { mode: 'number' }).notNull().default(0),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sync_client_portfolio_idx').on(t.portfolioId)]
);

// --- sync ---

// Per field: the portfolio version of its last write and who wrote it (a sync client id or `user:<id>`).
import type { FieldVersions } from '$lib/shared/sync/merge';

/**
 * Columns every synced portfolio entity carries. `version` is the portfolio version of the last change,
 * so pull can page by it; `field_versions` drives the per-field conflict check; `deleted_at` is the tombstone.
 */
const syncColumns = () => ({
	id: uuid('id').primaryKey(),
	portfolioId: uuid('portfolio_id')
		.notNull()
		.references(() => portfolio.id, { onDelete: 'cascade' }),
	version: bigint('version', { mode: 'number' }).notNull(),
	fieldVersions: jsonb('field_versions').$type<FieldVersions>().notNull().default({}),
	deletedAt: timestamp('deleted_at', { withTimezone: true }),
	updatedBy: uuid('updated_by').references(() => user.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** One per portfolio; its id is the portfolio id, so two offline devices create the same row. */
export const profile = pgTable(
	'profile',
	{
		...syncColumns(),
		displayName: text('display_name').notNull().default(''),
		woonplaats: text('woonplaats').notNull().default(''),
		situation: text('situation'),
		about: text('about').notNull().default(''),
		availability: text('availability'),
		educationLevel: text('education_level'),
		beroepswensen: jsonb('beroepswensen').$type<string[]>().notNull().default([]),
		drivingLicences: jsonb('driving_licences').$type<string[]>().notNull().default([]),
		hoursPerWeek: integer('hours_per_week'),
		maxTravelMinutes: integer('max_travel_minutes'),
		constraints: text('constraints').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		phone: text('phone').notNull().default('')
	},
	(t) => [index('profile_pull_idx').on(t.portfolioId, t.version)]
);

export const skillClaim = pgTable(
	'skill_claim',
	{
		...syncColumns(),
		skillId: text('skill_id').notNull(),
		level: integer('level').notNull(),
		source: text('source').notNull(),
		lastUsedYear: integer('last_used_year')
	},
	(t) => [index('skill_claim_pull_idx').on(t.portfolioId, t.version)]
);

/**
 * Conflicts stay stored until the client has certainly received them: a push answer can be lost, and the
 * retry skips the mutation, so the retry's answer reads the conflict from here.
 */
export const syncConflict = pgTable(
	'sync_conflict',
	{
		clientId: uuid('client_id')
			.notNull()
			.references(() => syncClient.id, { onDelete: 'cascade' }),
		mutationId: bigint('mutation_id', { mode: 'number' }).notNull(),
		seq: integer('seq').notNull(),
		entity: text('entity').notNull(),
		entityId: uuid('entity_id').notNull(),
		field: text('field'),
		serverValue: jsonb('server_value'),
		clientValue: jsonb('client_value'),
		/** Message key when the whole mutation was refused (see push.ts); null for a field conflict. */
		refused: text('refused'),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.clientId, t.mutationId, t.seq] })]
);

/** Tombstones up to this version were removed; a pull from an older cursor must re-bootstrap (410). */
export const portfolioSyncHorizon = pgTable('portfolio_sync_horizon', {
	portfolioId: uuid('portfolio_id')
		.primaryKey()
		.references(() => portfolio.id, { onDelete: 'cascade' }),
	purgedThrough: bigint('purged_through', { mode: 'number' }).notNull()
});

/** One row: the version counter of the public catalogue. */
export const catalogueSync = pgTable('catalogue_sync', {
	id: integer('id').primaryKey(),
	version: bigint('version', { mode: 'number' }).notNull().default(0)
});

export const CATALOGUE_KINDS = ['offer', 'provider', 'kansberoep', 'taxonomy', 'fundingRule'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

/** Read-only public data replicated to every device; each row gets its own version so pages split anywhere. */
export const catalogueRecord = pgTable(
	'catalogue_record',
	{
		kind: text('kind', { enum: CATALOGUE_KINDS }).notNull(),
		id: text('id').notNull(),
		version: bigint('version', { mode: 'number' }).notNull(),
		data: jsonb('data'),
		deletedAt: timestamp('deleted_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.kind, t.id] }), uniqueIndex('catalogue_record_version_unique').on(t.version)]
);

// --- paspoort ---

export const workExperience = pgTable(
	'work_experience',
	{
		...syncColumns(),
		title: text('title').notNull(),
		occupationId: text('occupation_id'),
		employer: text('employer').notNull().default(''),
		place: text('place').notNull().default(''),
		startMonth: text('start_month'),
		endMonth: text('end_month'),
		description: text('description').notNull().default('')
	},
	(t) => [index('work_experience_pull_idx').on(t.portfolioId, t.version)]
);

export const education = pgTable(
	'education',
	{
		...syncColumns(),
		name: text('name').notNull(),
		institution: text('institution').notNull().default(''),
		level: text('level'),
		startYear: integer('start_year'),
		endYear: integer('end_year'),
		completed: boolean('completed').notNull().default(false)
	},
	(t) => [index('education_pull_idx').on(t.portfolioId, t.version)]
);

export const certificate = pgTable(
	'certificate',
	{
		...syncColumns(),
		name: text('name').notNull(),
		kind: text('kind').notNull().default('certificaat'),
		issuer: text('issuer').notNull().default(''),
		issuedMonth: text('issued_month'),
		validUntilMonth: text('valid_until_month'),
		fileId: text('file_id'),
		fileName: text('file_name').notNull().default(''),
		fileType: text('file_type').notNull().default('')
	},
	(t) => [index('certificate_pull_idx').on(t.portfolioId, t.version)]
);

export const languageSkill = pgTable(
	'language_skill',
	{
		...syncColumns(),
		language: text('language').notNull(),
		level: text('level').notNull()
	},
	(t) => [index('language_skill_pull_idx').on(t.portfolioId, t.version)]
);

/**
 * Uploaded evidence and certificate files. The id is chosen on the device (so a record can point at a
 * file before it is uploaded); the bytes are stored once per SHA-256.
 */
export const fileObject = pgTable(
	'file_object',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		sha256: text('sha256').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		name: text('name').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('file_object_portfolio_idx').on(t.portfolioId), index('file_object_sha_idx').on(t.sha256)]
);

// --- aanbod ---

/** The resident's ontwikkelplan: goals and actions from the APK, matching, a gesprek or the resident. */
export const planItem = pgTable(
	'plan_item',
	{
		...syncColumns(),
		kind: text('kind').notNull().default('actie'),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		status: text('status').notNull().default('open'),
		dueDate: text('due_date'),
		completedOn: text('completed_on'),
		origin: text('origin').notNull().default('zelf'),
		offerId: text('offer_id')
	},
	(t) => [index('plan_item_pull_idx').on(t.portfolioId, t.version)]
);

/** A search the resident follows from the aanbod list; the device collects its new offers (shared/matching/follow.ts). */
export const followedSearch = pgTable(
	'followed_search',
	{
		...syncColumns(),
		name: text('name').notNull(),
		list: text('list').notNull(),
		modality: text('modality'),
		maxCostEuros: integer('max_cost_euros'),
		kansberoepOnly: boolean('kansberoep_only').notNull().default(false),
		occupationId: text('occupation_id'),
		minFit: integer('min_fit').notNull().default(0),
		newOfferIds: jsonb('new_offer_ids').$type<string[]>().notNull().default([]),
		collectedAt: text('collected_at')
	},
	(t) => [index('followed_search_pull_idx').on(t.portfolioId, t.version)]
);

/** A voucher application while the resident writes it, on the device and offline; submitted, it becomes a voucher_application. */
export const voucherDraft = pgTable(
	'voucher_draft',
	{
		...syncColumns(),
		offerId: text('offer_id').notNull(),
		motivation: text('motivation').notNull().default(''),
		werkgemeente: text('werkgemeente'),
		employed: boolean('employed').notNull().default(false),
		coFinancing: text('co_financing').notNull().default(''),
		submittedAt: text('submitted_at')
	},
	(t) => [index('voucher_draft_pull_idx').on(t.portfolioId, t.version)]
);

export const VOUCHER_STATUSES = ['aanvraag', 'loopbaangesprek', 'scholingsplan', 'goedgekeurd', 'afgewezen', 'cheque', 'betaald'] as const;

/**
 * A submitted TFvV application. Its id is the draft's id, so a submit that is retried never makes two.
 * Submitting shares it with the regional advisers; the offer is copied because the catalogue may change.
 */
export const voucherApplication = pgTable(
	'voucher_application',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		applicantId: uuid('applicant_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		offerId: text('offer_id').notNull(),
		offer: jsonb('offer').$type<{ title: string; providerName: string; costEuros: number; kind: string }>().notNull(),
		motivation: text('motivation').notNull(),
		werkgemeente: text('werkgemeente'),
		employed: boolean('employed').notNull().default(false),
		coFinancing: text('co_financing').notNull().default(''),
		rulesVersion: text('rules_version').notNull(),
		/** What the fund pays: the cost minus the co-financing share, fixed at submission. */
		amountEuros: integer('amount_euros').notNull(),
		status: text('status', { enum: VOUCHER_STATUSES }).notNull().default('aanvraag'),
		scholingsplan: text('scholingsplan'),
		adviserId: uuid('adviser_id').references(() => user.id, { onDelete: 'set null' }),
		/** The budget year the approval counts against; set on approval. */
		budgetYear: integer('budget_year'),
		chequeNumber: text('cheque_number'),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('voucher_application_portfolio_idx').on(t.portfolioId),
		index('voucher_application_status_idx').on(t.status),
		uniqueIndex('voucher_application_cheque_unique').on(t.chequeNumber)
	]
);

/** Every status change of an application: who, when, why. Never updated, only appended. */
export const voucherStatusEvent = pgTable(
	'voucher_status_event',
	{
		id: uuid('id').primaryKey(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => voucherApplication.id, { onDelete: 'cascade' }),
		status: text('status', { enum: VOUCHER_STATUSES }).notNull(),
		actorId: uuid('actor_id').references(() => user.id, { onDelete: 'set null' }),
		actorName: text('actor_name').notNull(),
		actorRole: text('actor_role', { enum: ROLES }).notNull(),
		reason: text('reason').notNull().default(''),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('voucher_status_event_application_idx').on(t.applicationId, t.at)]
);

/** The TFvV budget per calendar year; approvals lock this row, so two approvals never overspend it. */
export const voucherBudget = pgTable('voucher_budget', {
	year: integer('year').primaryKey(),
	amountEuros: integer('amount_euros').notNull(),
	updatedBy: uuid('updated_by').references(() => user.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

// --- apk ---

/** A Loopbaan-APK of a resident (synced); answers are `apk_answer` rows, one per question. */
export const apkScan = pgTable(
	'apk_scan',
	{
		...syncColumns(),
		modelVersion: text('model_version').notNull(),
		occupationId: text('occupation_id'),
		outlook: text('outlook'),
		invitationId: uuid('invitation_id'),
		status: text('status').notNull().default('open'),
		startedAt: text('started_at').notNull(),
		completedAt: text('completed_at')
	},
	(t) => [index('apk_scan_pull_idx').on(t.portfolioId, t.version), index('apk_scan_invitation_idx').on(t.invitationId)]
);

export const apkAnswer = pgTable(
	'apk_answer',
	{
		...syncColumns(),
		scanId: uuid('scan_id').notNull(),
		questionId: text('question_id').notNull(),
		value: jsonb('value').$type<number | boolean | string>().notNull()
	},
	(t) => [index('apk_answer_pull_idx').on(t.portfolioId, t.version)]
);

/**
 * An employer's invitation to one employee, by email address or by a code they hand out. It holds no
 * answers and no scores: the employer learns only that it was accepted and completed, as counts.
 */
export const apkInvitation = pgTable(
	'apk_invitation',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		email: text('email'),
		code: text('code').notNull(),
		createdBy: uuid('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		acceptedBy: uuid('accepted_by').references(() => user.id, { onDelete: 'set null' }),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		/** After this moment an unused code is refused; null for invitations made before codes lapsed. */
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		/** The employer withdrew an unused code. */
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		/** For an invitation to an address: its mail waiting, handed to the mail server (`sent`), or not delivered after every try (`bounced`). */
		mailStatus: text('mail_status', { enum: ['queued', 'sent', 'bounced'] }),
		mailSentAt: timestamp('mail_sent_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('apk_invitation_code_unique').on(t.code),
		index('apk_invitation_organisation_idx').on(t.organisationId),
		index('apk_invitation_email_idx').on(t.email)
	]
);

// --- delen ---

/**
 * A resident's consent: one grantee (an adviser, or an employer organisation), some sections, until
 * `expires_at` or `revoked_at`. Every read of someone else's portfolio checks for an active one.
 */
export const shareGrant = pgTable(
	'share_grant',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		granteeUserId: uuid('grantee_user_id').references(() => user.id, { onDelete: 'cascade' }),
		granteeOrganisationId: uuid('grantee_organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		sections: jsonb('sections').$type<string[]>().notNull(),
		origin: text('origin', { enum: ['manual', 'gesprek', 'talentpool'] }).notNull(),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		check('share_grant_one_grantee', sql`(${t.granteeUserId} is null) <> (${t.granteeOrganisationId} is null)`),
		index('share_grant_portfolio_idx').on(t.portfolioId),
		index('share_grant_user_idx').on(t.granteeUserId),
		index('share_grant_organisation_idx').on(t.granteeOrganisationId)
	]
);

/**
 * Who looked at which section, and when; refused attempts too. Names are copied so the resident can still
 * read the entry after the viewer's account is gone.
 */
export const accessLog = pgTable(
	'access_log',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		viewerId: uuid('viewer_id').references(() => user.id, { onDelete: 'set null' }),
		viewerName: text('viewer_name').notNull(),
		organisationName: text('organisation_name'),
		section: text('section').notNull(),
		allowed: boolean('allowed').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('access_log_portfolio_idx').on(t.portfolioId, t.at)]
);

/** A gesprek code: shown by the resident, typed by an adviser within ten minutes, usable once. */
export const gesprekCode = pgTable(
	'gesprek_code',
	{
		code: text('code').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		sections: jsonb('sections').$type<string[]>().notNull(),
		grantHours: integer('grant_hours').notNull(),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		usedBy: uuid('used_by').references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [index('gesprek_code_portfolio_idx').on(t.portfolioId)]
);

/** The adviser's gespreksverslag: the adviser's own row, shown to the resident too. */
export const gesprekNote = pgTable(
	'gesprek_note',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		adviserId: uuid('adviser_id').references(() => user.id, { onDelete: 'set null' }),
		adviserName: text('adviser_name').notNull(),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('gesprek_note_portfolio_idx').on(t.portfolioId, t.createdAt)]
);

/** A step the adviser proposes; it enters the ontwikkelplan only when the resident accepts it. */
export const gesprekSuggestion = pgTable(
	'gesprek_suggestion',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		adviserId: uuid('adviser_id').references(() => user.id, { onDelete: 'set null' }),
		adviserName: text('adviser_name').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		status: text('status', { enum: ['open', 'accepted', 'rejected'] }).notNull().default('open'),
		planItemId: uuid('plan_item_id'),
		createdAt: createdAt(),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [index('gesprek_suggestion_portfolio_idx').on(t.portfolioId, t.createdAt)]
);

/** Who validated which skill claim and when; the claim itself only carries `source = 'gevalideerd'`. */
export const skillValidation = pgTable(
	'skill_validation',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		skillClaimId: uuid('skill_claim_id').notNull(),
		adviserId: uuid('adviser_id').references(() => user.id, { onDelete: 'set null' }),
		adviserName: text('adviser_name').notNull(),
		/** The role a validator from outside the app gave (e.g. "praktijkopleider"); null for an adviser. */
		validatorRole: text('validator_role'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('skill_validation_portfolio_idx').on(t.portfolioId)]
);

/**
 * The anonymous talentpool card, built on the server from structured fields only (no names or free
 * text). Its own random id is what employers see, never the portfolio id.
 */
export const talentpoolCard = pgTable(
	'talentpool_card',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		card: jsonb('card').notNull(),
		optedInAt: timestamp('opted_in_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('talentpool_card_portfolio_unique').on(t.portfolioId)]
);

/**
 * A vacature or BBL-plaats an employer posts for their own organisation. The row is the source of truth; while
 * it is open, not hidden and before its end date, it is also a catalogue offer (`wg-<id>`) every device pulls.
 */
export const employerOffer = pgTable(
	'employer_offer',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['vacature', 'leerwerktraject'] }).notNull(),
		status: text('status', { enum: ['open', 'gepauzeerd', 'gesloten'] }).notNull().default('open'),
		/** The employer's form as validated (employerOfferSchema). */
		data: jsonb('data').notNull(),
		/** The last day it is shown; after it, the offer leaves the catalogue. */
		endDate: text('end_date').notNull(),
		/** Set by a beheerder, with the reason the employer sees; null while it may be shown. */
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason'),
		/** Whether the catalogue holds it now, so a change of state writes the catalogue only when it must. */
		inCatalogue: boolean('in_catalogue').notNull().default(false),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('employer_offer_organisation_idx').on(t.organisationId),
		check('employer_offer_kind_check', sql`${t.kind} in ('vacature', 'leerwerktraject')`),
		check('employer_offer_status_check', sql`${t.status} in ('open', 'gepauzeerd', 'gesloten')`)
	]
);

/** An employer's request to get in touch with the resident behind a card. */
export const contactRequest = pgTable(
	'contact_request',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		senderId: uuid('sender_id').references(() => user.id, { onDelete: 'set null' }),
		message: text('message').notNull(),
		status: text('status', { enum: ['open', 'accepted', 'declined'] }).notNull().default('open'),
		grantId: uuid('grant_id').references(() => shareGrant.id, { onDelete: 'set null' }),
		/** The anonymous card as the employer saw it when asking, so their list shows who it was for (null before this was kept). */
		card: jsonb('card'),
		/** The employer's vacature the request is about, when sent from "who fits"; the resident sees its title. */
		offerId: uuid('offer_id').references(() => employerOffer.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [index('contact_request_portfolio_idx').on(t.portfolioId), index('contact_request_organisation_idx').on(t.organisationId)]
);

// --- evc ---

/** The kwalificatie (meetlat) a resident collects EVC proof against. */
export const evcTrack = pgTable(
	'evc_track',
	{
		...syncColumns(),
		kwalificatieId: text('kwalificatie_id').notNull(),
		status: text('status').notNull().default('verzamelen')
	},
	(t) => [index('evc_track_pull_idx').on(t.portfolioId, t.version)]
);

/** One evidence item: a file, a STARR story or a werkgeversverklaring, mapped to werkprocessen. */
export const evcEvidence = pgTable(
	'evc_evidence',
	{
		...syncColumns(),
		trackId: uuid('track_id').notNull(),
		kind: text('kind').notNull(),
		title: text('title').notNull(),
		werkprocesIds: jsonb('werkproces_ids').$type<string[]>().notNull().default([]),
		fileId: text('file_id'),
		fileName: text('file_name').notNull().default(''),
		fileType: text('file_type').notNull().default(''),
		situatie: text('situatie').notNull().default(''),
		taak: text('taak').notNull().default(''),
		actie: text('actie').notNull().default(''),
		resultaat: text('resultaat').notNull().default(''),
		reflectie: text('reflectie').notNull().default(''),
		refName: text('ref_name').notNull().default(''),
		refRole: text('ref_role').notNull().default(''),
		refContact: text('ref_contact').notNull().default(''),
		refStatement: text('ref_statement').notNull().default('')
	},
	(t) => [index('evc_evidence_pull_idx').on(t.portfolioId, t.version)]
);

/** An adviser's verdict on one evidence item: the adviser's own row, which residents only read. */
export const evcReview = pgTable(
	'evc_review',
	{
		...syncColumns(),
		evidenceId: uuid('evidence_id').notNull(),
		verdict: text('verdict').notNull(),
		comment: text('comment').notNull().default(''),
		reviewerName: text('reviewer_name').notNull().default(''),
		reviewedAt: text('reviewed_at').notNull()
	},
	(t) => [index('evc_review_pull_idx').on(t.portfolioId, t.version), index('evc_review_evidence_idx').on(t.evidenceId)]
);

/** A bericht for the resident (src/lib/shared/sync/entities/bericht.ts): synced, so it can be read offline. */
export const bericht = pgTable(
	'bericht',
	{
		...syncColumns(),
		kind: text('kind').notNull(),
		at: text('at').notNull(),
		link: text('link').notNull(),
		readAt: text('read_at')
	},
	(t) => [index('bericht_pull_idx').on(t.portfolioId, t.version)]
);

/**
 * A bericht for an adviser or beheerder: work that waits for them. Staff have no device replica, so these
 * live on the server only and are shown on the server-rendered `/berichten` page. Like a resident's bericht
 * it says only what kind of thing waits and where, never what it is.
 */
export const staffBericht = pgTable(
	'staff_bericht',
	{
		id: uuid('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		link: text('link').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp('read_at', { withTimezone: true })
	},
	(t) => [index('staff_bericht_user_idx').on(t.userId, t.at)]
);

/** Per person, kind of bericht and channel: off when a row says so (everything is on until chosen otherwise). */
export const notificationPreference = pgTable(
	'notification_preference',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		channel: text('channel', { enum: ['mail', 'push'] }).notNull(),
		enabled: boolean('enabled').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })]
);

/**
 * A browser's Web Push subscription (one per device and browser where the person turned push on). The endpoint
 * is the push service's address for that browser; p256dh and auth are the keys the message is encrypted with.
 */
export const pushSubscription = pgTable(
	'push_subscription',
	{
		id: uuid('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		endpoint: text('endpoint').notNull(),
		p256dh: text('p256dh').notNull(),
		auth: text('auth').notNull(),
		createdAt: createdAt(),
		/** The push service's last refusal that was not final (a status code or error code); null after a success. */
		lastError: text('last_error')
	},
	(t) => [uniqueIndex('push_subscription_endpoint_unique').on(t.endpoint), index('push_subscription_user_idx').on(t.userId)]
);

/** Settings the app makes for itself and every instance shares (the generated VAPID key pair). */
export const appSetting = pgTable('app_setting', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	createdAt: createdAt()
});

/** The ervaringscertificaat or praktijkverklaring the procedure ended with. */
export const evcOutcome = pgTable(
	'evc_outcome',
	{
		...syncColumns(),
		kind: text('kind').notNull(),
		kwalificatieId: text('kwalificatie_id').notNull(),
		provider: text('provider').notNull(),
		issuedOn: text('issued_on').notNull(),
		validUntil: text('valid_until'),
		werkprocesIds: jsonb('werkproces_ids').$type<string[]>().notNull().default([]),
		fileId: text('file_id'),
		fileName: text('file_name').notNull().default(''),
		fileType: text('file_type').notNull().default('')
	},
	(t) => [index('evc_outcome_pull_idx').on(t.portfolioId, t.version)]
);

// --- monitoring ---

/**
 * Klantervaring: one 1-10 score (and an optional comment) a resident gives once after a gesprek (a share
 * grant with origin `gesprek`) or a voucher decision. Only aggregates leave the server.
 */
export const klantervaring = pgTable(
	'klantervaring',
	{
		id: uuid('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		subject: text('subject', { enum: ['gesprek', 'voucher'] }).notNull(),
		subjectId: uuid('subject_id').notNull(),
		score: integer('score').notNull(),
		comment: text('comment').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [
		check('klantervaring_subject_check', sql`${t.subject} in ('gesprek', 'voucher')`),
		check('klantervaring_score_check', sql`${t.score} between 1 and 10`),
		uniqueIndex('klantervaring_once').on(t.userId, t.subject, t.subjectId),
		index('klantervaring_created_idx').on(t.createdAt)
	]
);

/**
 * The traffic light of each block of a completed APK, computed by the server from the stored answers with the
 * same scoring as the device (recorded when a push touches the scan or its answers), for the monitoring
 * counts only. Gone with the scan or the portfolio.
 */
export const apkBlockLight = pgTable(
	'apk_block_light',
	{
		scanId: uuid('scan_id')
			.notNull()
			.references(() => apkScan.id, { onDelete: 'cascade' }),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		blockId: text('block_id').notNull(),
		light: text('light', { enum: ['groen', 'oranje', 'rood'] }).notNull(),
		completedAt: text('completed_at').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.scanId, t.blockId] }),
		check('apk_block_light_light_check', sql`${t.light} in ('groen', 'oranje', 'rood')`),
		index('apk_block_light_completed_idx').on(t.completedAt)
	]
);

/**
 * The latest answers of the monitoring queries, so the dashboard need not aggregate the whole region on
 * every page view. Only aggregates: the same rows the cubes are built from (counts per gemeente, period and
 * group), never a person. One row per day the cubes cover ('YYYY-MM-DD' in UTC).
 */
export const monitoringSnapshot = pgTable('monitoring_snapshot', {
	day: text('day').primaryKey(),
	computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
	/** Statement key → the rows PostgreSQL answered. */
	results: jsonb('results').notNull()
});

// --- gegevensrechten ---

/**
 * What is left of a deleted account: only the day it happened. No id, email or name of the person, and
 * the row's own id is random, so it cannot be tied back to anyone.
 */
export const accountDeletion = pgTable('account_deletion', {
	id: uuid('id').primaryKey(),
	deletedOn: text('deleted_on').notNull()
});

/**
 * The money a deleted resident's approved voucher still holds in a budget year. The application itself is
 * deleted with the account; without this the fund would count that money as free again.
 */
export const deletedVoucherCommitment = pgTable(
	'deleted_voucher_commitment',
	{
		id: uuid('id').primaryKey(),
		budgetYear: integer('budget_year').notNull(),
		amountEuros: integer('amount_euros').notNull(),
		status: text('status', { enum: VOUCHER_STATUSES }).notNull()
	},
	(t) => [index('deleted_voucher_commitment_year_idx').on(t.budgetYear)]
);

// --- verifiable credentials ---

/**
 * One bit of the public revocation list (Bitstring Status List) per credential ever issued. It holds no
 * personal data and outlives the credential's row: a deleted account's credentials stay revoked.
 */
export const credentialStatus = pgTable('credential_status', {
	statusIndex: integer('status_index').primaryKey().generatedAlwaysAsIdentity({ startWith: 0, minValue: 0 }),
	revokedAt: timestamp('revoked_at', { withTimezone: true }),
	createdAt: createdAt()
});

export const CREDENTIAL_KINDS = ['skill', 'evc', 'werkproces'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** A signed Open Badges 3.0 credential issued to the resident, and whether it has a public verification page. */
export const issuedCredential = pgTable(
	'issued_credential',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: CREDENTIAL_KINDS }).notNull(),
		/** The skill claim or EVC outcome it was issued for. */
		subjectId: uuid('subject_id').notNull(),
		/** The skill id or werkproces id within that subject. */
		subjectKey: text('subject_key').notNull(),
		name: text('name').notNull(),
		statusIndex: integer('status_index')
			.notNull()
			.references(() => credentialStatus.statusIndex),
		json: jsonb('json').$type<Record<string, unknown>>().notNull(),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		/** Random part of `/verifieer/<slug>`; null while the resident keeps the credential private. */
		publicSlug: text('public_slug'),
		createdAt: createdAt()
	},
	(t) => [
		index('issued_credential_portfolio_idx').on(t.portfolioId),
		uniqueIndex('issued_credential_slug_unique').on(t.publicSlug),
		uniqueIndex('issued_credential_status_unique').on(t.statusIndex),
		uniqueIndex('issued_credential_live_unique').on(t.portfolioId, t.kind, t.subjectId, t.subjectKey).where(sql`revoked_at is null`)
	]
);

/**
 * A resident's request to someone outside the app (an employer, a praktijkopleider) to confirm chosen skills.
 * The link's secret is stored hashed and works once, until `expiresAt`.
 */
export const externalValidation = pgTable(
	'external_validation',
	{
		id: uuid('id').primaryKey(),
		portfolioId: uuid('portfolio_id')
			.notNull()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		/** Public half of the link token (`<tokenId>.<secret>`). */
		tokenId: text('token_id').notNull(),
		secretHash: bytea('secret_hash'),
		validatorName: text('validator_name').notNull(),
		validatorEmail: text('validator_email').notNull(),
		skillClaimIds: jsonb('skill_claim_ids').$type<string[]>().notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		answeredName: text('answered_name'),
		answeredRole: text('answered_role'),
		/** Per skill claim id: 'bevestigd' or 'afgewezen'. */
		decisions: jsonb('decisions').$type<Record<string, 'bevestigd' | 'afgewezen'>>(),
		/** The language the resident chose for the mail and the page the validator answers on. */
		locale: text('locale', { enum: LOCALES }).notNull().default('nl'),
		createdAt: createdAt()
	},
	(t) => [
		index('external_validation_portfolio_idx').on(t.portfolioId),
		uniqueIndex('external_validation_token_unique').on(t.tokenId),
		check('external_validation_locale_check', sql`${t.locale} in ('nl', 'en', 'de')`)
	]
);

/**
 * The public link a resident puts on a CV (`/verifieer/cv/<slug>`): one page with every credential the
 * resident made public, each checked. Deleting the row withdraws the link; a new one gets a new slug.
 */
export const cvVerificationLink = pgTable(
	'cv_verification_link',
	{
		portfolioId: uuid('portfolio_id')
			.primaryKey()
			.references(() => portfolio.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('cv_verification_link_slug_unique').on(t.slug)]
);

// --- standaard-ids (ESCO) ---

export const ESCO_OUR_KINDS = ['skill', 'occupation'] as const;

/**
 * A standard id a beheerder confirmed for one of our skills or occupations: it wins over the id in the static
 * taxonomy. One per item; undoing it deletes the row, and the taxonomy's own id (if any) counts again.
 */
export const escoMapping = pgTable(
	'esco_mapping',
	{
		ourKind: text('our_kind', { enum: ESCO_OUR_KINDS }).notNull(),
		ourId: text('our_id').notNull(),
		escoUri: text('esco_uri').notNull(),
		/** ESCO's preferred label, as it was in the file, so the list shows what was confirmed. */
		escoLabel: text('esco_label').notNull(),
		confirmedBy: uuid('confirmed_by').references(() => user.id, { onDelete: 'set null' }),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.ourKind, t.ourId] }), check('esco_mapping_kind_check', sql`${t.ourKind} in ('skill', 'occupation')`)]
);

/** A match suggested by the last uploaded ESCO file, waiting for a beheerder to confirm or reject it. */
export const escoSuggestion = pgTable(
	'esco_suggestion',
	{
		id: uuid('id').primaryKey(),
		ourKind: text('our_kind', { enum: ESCO_OUR_KINDS }).notNull(),
		ourId: text('our_id').notNull(),
		escoUri: text('esco_uri').notNull(),
		escoLabel: text('esco_label').notNull(),
		score: integer('score').notNull(),
		/** Which of our labels met which of ESCO's (MatchReason). */
		reason: jsonb('reason').$type<Record<string, unknown>>().notNull(),
		/** The row of the file, so the beheerder finds it there. */
		fileRow: integer('file_row').notNull(),
		fileName: text('file_name').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('esco_suggestion_item_unique').on(t.ourKind, t.ourId), check('esco_suggestion_kind_check', sql`${t.ourKind} in ('skill', 'occupation')`)]
);

/** ESCO's occupation–skill relations from the last uploaded relations file. */
export const escoRelation = pgTable(
	'esco_relation',
	{
		occupationUri: text('occupation_uri').notNull(),
		skillUri: text('skill_uri').notNull(),
		relationType: text('relation_type', { enum: ['essential', 'optional'] }).notNull()
	},
	(t) => [primaryKey({ columns: [t.occupationUri, t.skillUri] }), check('esco_relation_type_check', sql`${t.relationType} in ('essential', 'optional')`)]
);
