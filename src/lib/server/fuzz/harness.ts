import { isActionFailure, isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { eq, sql } from 'drizzle-orm';
import { DEMO_OFFERS } from '$lib/data/catalogue';
import { newId } from '$lib/shared/id';
import type { Role } from '$lib/shared/roles';
import { loadSessionUser, type SessionUser } from '$lib/server/auth/session';
import { seedCatalogue } from '$lib/server/catalogue/seed';
import type { Db } from '$lib/server/db/client';
import { user } from '$lib/server/db/schema';
import { createOrganisation } from '$lib/server/organisations';
import { addSuggestion, createGesprekCode, redeemGesprekCode } from '$lib/server/sharing/gesprek';
import { optIn, sendContactRequest } from '$lib/server/sharing/talentpool';
import { makeUser } from '$lib/server/sync/testing';
import { saveEmployerOffer, todayInTwente } from '$lib/server/vacatures/service';
import { setBudget, submitVoucher } from '$lib/server/vouchers/service';
import { employerOfferSchema } from '$lib/shared/vacatures';

/** The people and records the fuzzed endpoints act on: one of each role, and another resident's things. */
export interface World {
	db: Db;
	users: Record<Role, SessionUser>;
	portfolioId: string;
	otherPortfolioId: string;
	ids: {
		grant: string;
		offer: string;
		suggestion: string;
		contactRequest: string;
		voucher: string;
		card: string;
		otherSuggestion: string;
		otherContactRequest: string;
		otherGrant: string;
		organisation: string;
		/** A vacature of the employer's organisation. */
		employerOffer: string;
	};
	/** Ids of records that belong to someone other than the signed-in person. */
	foreignIds: string[];
}

async function sessionUserOf(db: Db, userId: string): Promise<SessionUser> {
	const found = await loadSessionUser(db, userId);
	if (!found) throw new Error(`no session user ${userId}`);
	return found;
}

/** Builds the world once per test file; everything goes through the real services. */
export async function buildWorld(db: Db): Promise<World> {
	await seedCatalogue(db);
	const organisationId = await createOrganisation(db, { name: 'Fuzz Metaal B.V.', kind: 'werkgever' });
	const resident = await makeUser(db, ['inwoner']);
	const other = await makeUser(db, ['inwoner']);
	const adviser = await makeUser(db, ['adviseur']);
	const otherAdviser = await makeUser(db, ['adviseur']);
	const admin = await makeUser(db, ['beheerder']);
	const employer = await makeUser(db, ['werkgever']);
	await db.update(user).set({ organisationId }).where(eq(user.id, employer.userId));
	const providerOrganisationId = await createOrganisation(db, { name: 'Fuzz Opleider', kind: 'provider', catalogueProviderId: 'roc-van-twente' });
	const provider = await makeUser(db, ['aanbieder']);
	await db.update(user).set({ organisationId: providerOrganisationId }).where(eq(user.id, provider.userId));
	const users = {
		inwoner: await sessionUserOf(db, resident.userId),
		adviseur: await sessionUserOf(db, adviser.userId),
		beheerder: await sessionUserOf(db, admin.userId),
		werkgever: await sessionUserOf(db, employer.userId),
		aanbieder: await sessionUserOf(db, provider.userId)
	};
	const otherAdviserUser = await sessionUserOf(db, otherAdviser.userId);

	const grant = async (portfolioId: string, adviserId: string) => {
		const { code } = await createGesprekCode(db, { portfolioId, sections: ['profiel', 'skills', 'evc'], hours: 24 });
		const redeemed = await redeemGesprekCode(db, { adviserId, code, ip: '192.0.2.1' });
		if (!redeemed.ok) throw new Error('gesprek code not redeemed');
		return redeemed.grantId;
	};
	const ownGrant = await grant(resident.portfolioId!, adviser.userId);
	const otherGrant = await grant(other.portfolioId!, otherAdviser.userId);

	const suggestion = async (portfolioId: string, by: SessionUser) => {
		await addSuggestion(db, { adviser: by, portfolioId, title: 'Cursus lassen', description: '' });
		const rows = (await db.execute(sql`select id from gesprek_suggestion where portfolio_id = ${portfolioId} order by created_at desc limit 1`)) as unknown;
		return firstId(rows);
	};
	const suggestionId = await suggestion(resident.portfolioId!, users.adviseur);
	const otherSuggestion = await suggestion(other.portfolioId!, otherAdviserUser);

	await optIn(db, resident.portfolioId!);
	await optIn(db, other.portfolioId!);
	const cardOf = async (portfolioId: string) =>
		firstId((await db.execute(sql`select id from talentpool_card where portfolio_id = ${portfolioId}`)) as unknown);
	const card = await cardOf(resident.portfolioId!);
	const request = async (cardId: string) => {
		const sent = await sendContactRequest(db, { organisationId, senderId: employer.userId, cardId, message: 'Wij zoeken een lasser in Hengelo.' });
		if (!sent.ok) throw new Error('contact request not sent');
		return sent.requestId;
	};
	const contactRequest = await request(card);
	const otherContactRequest = await request(await cardOf(other.portfolioId!));

	await setBudget(db, admin.userId, new Date().getFullYear(), 1_000_000);
	let voucher = '';
	let offerId = '';
	for (const offer of DEMO_OFFERS) {
		try {
			const id = newId();
			await submitVoucher(db, { id: resident.userId, name: 'Test' }, { id, offerId: offer.id, motivation: 'Ik wil lassen leren.', werkgemeente: null, employed: false, coFinancing: '' });
			voucher = id;
			offerId = offer.id;
			break;
		} catch {
			// Not a training with a price: try the next offer.
		}
	}
	if (!voucher) throw new Error('no voucher application could be made');
	const otherVoucher = newId();
	await submitVoucher(db, { id: other.userId, name: 'Ander' }, { id: otherVoucher, offerId, motivation: 'Ook ik wil lassen leren.', werkgemeente: null, employed: false, coFinancing: '' });

	const saved = await saveEmployerOffer(db, { organisationId, id: null, data: employerOfferSchema(todayInTwente()).parse(employerOfferForm()) });
	if (!saved.ok) throw new Error('employer offer not saved');

	return {
		db,
		users,
		portfolioId: resident.portfolioId!,
		otherPortfolioId: other.portfolioId!,
		ids: {
			grant: ownGrant,
			offer: offerId,
			suggestion: suggestionId,
			contactRequest,
			voucher,
			card,
			otherSuggestion,
			otherContactRequest,
			otherGrant,
			organisation: organisationId,
			employerOffer: saved.id
		},
		foreignIds: [other.portfolioId!, other.userId, otherGrant, otherSuggestion, otherContactRequest, otherVoucher, otherAdviser.userId]
	};
}

/** A good vacature form, as the employer's page posts it. */
export function employerOfferForm(): Record<string, string> {
	const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
	return {
		kind: 'vacature',
		title: 'Lasser',
		description: 'Je last constructies in onze werkplaats.',
		occupationId: 'lasser',
		skills: 'mig-mag-lassen:must:2,tig-lassen:nice:2',
		level: 'mbo-2',
		hoursMin: '32',
		hoursMax: '38',
		gemeenteId: 'hengelo',
		startDate: day(10),
		endDate: day(40)
	};
}

function firstId(result: unknown): string {
	const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
	const row = rows[0] as { id: string } | undefined;
	if (!row) throw new Error('no row');
	return row.id;
}

/**
 * Per table: the row count and the sum of every row's `xmin`, the transaction that last wrote it. Any insert,
 * update or delete changes one of the two, even one that writes the same values back, and it costs no more
 * than a scan. `contentHash` adds a hash of the rows' text for the cases where the values themselves matter.
 */
export async function snapshot(db: Db, content = false): Promise<Record<string, string>> {
	const names = await tableNames(db);
	const hash = content ? ` || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), ''))` : '';
	const parts = names.map(
		(name) => `select '${name}' as t, count(*)::text || ':' || coalesce(sum(x.xmin::text::bigint), 0)::text${hash} as h from "${name}" x`
	);
	const result = (await db.execute(sql.raw(parts.join(' union all ')))) as unknown;
	const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { t: string; h: string }[];
	return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/**
 * The next transaction id the database will hand out. A transaction gets one only when it writes (or locks rows),
 * so while this stays the same nothing can have changed; on a shared server other databases move it too,
 * which only means a full snapshot is taken more often.
 */
export async function writeMark(db: Db): Promise<string> {
	const result = (await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`)) as unknown;
	const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { x: string }[];
	return rows[0]!.x;
}

let tables: Promise<string[]> | undefined;
function tableNames(db: Db): Promise<string[]> {
	tables ??= (async () => {
		const result = (await db.execute(
			sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
		)) as unknown;
		return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).map((r) => (r as { name: string }).name);
	})();
	return tables;
}

/** Tables whose content differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
	const names = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...names].filter((n) => before[n] !== after[n]).sort();
}

export type Outcome =
	| { kind: 'response'; status: number; body: unknown }
	| { kind: 'error'; status: number; body: unknown }
	| { kind: 'failure'; status: number; body: unknown }
	| { kind: 'redirect'; status: number; location: string }
	| { kind: 'success'; status: 200; body: unknown }
	| { kind: 'crash'; status: 500; error: unknown };

export interface EventInit {
	method: string;
	path: string;
	search?: URLSearchParams;
	params?: Record<string, string>;
	user: SessionUser | null;
	headers?: Record<string, string>;
	body?: BodyInit | null;
	routeId: string;
}

/** A RequestEvent as SvelteKit hands it to a handler or action (cookies kept in memory). */
export function makeEvent(init: EventInit): RequestEvent {
	const url = new URL(init.path, 'http://localhost');
	if (init.search) url.search = init.search.toString();
	const jar = new Map<string, string>();
	const request = new Request(url, {
		method: init.method,
		headers: init.headers,
		body: init.method === 'GET' || init.method === 'HEAD' ? undefined : (init.body ?? undefined)
	});
	return {
		request,
		url,
		params: init.params ?? {},
		locals: { user: init.user, sessionId: null },
		route: { id: init.routeId },
		cookies: {
			get: (name: string) => jar.get(name),
			getAll: () => [...jar].map(([name, value]) => ({ name, value })),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name),
			serialize: (name: string, value: string) => `${name}=${value}`
		},
		getClientAddress: () => '127.0.0.1',
		setHeaders: () => {},
		fetch: () => Promise.reject(new Error('no fetch in fuzz tests')),
		parent: async () => ({}),
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		platform: undefined,
		tracing: { enabled: false, root: undefined, current: undefined }
	} as unknown as RequestEvent;
}

/** Runs a handler or action and says what SvelteKit would have answered; anything unexpected is a crash. */
export async function run(fn: (event: RequestEvent) => unknown, event: RequestEvent): Promise<Outcome> {
	try {
		const out = await fn(event);
		if (out instanceof Response) {
			const text = await out.text();
			let body: unknown = text;
			if ((out.headers.get('content-type') ?? '').includes('json')) {
				try {
					body = JSON.parse(text);
				} catch {
					body = text;
				}
			}
			return { kind: 'response', status: out.status, body };
		}
		if (isActionFailure(out)) return { kind: 'failure', status: out.status, body: out.data };
		return { kind: 'success', status: 200, body: out };
	} catch (e) {
		if (isHttpError(e)) return { kind: 'error', status: e.status, body: e.body };
		if (isRedirect(e)) return { kind: 'redirect', status: e.status, location: e.location };
		return { kind: 'crash', status: 500, error: e };
	}
}

export const refused = (o: Outcome) => o.status >= 400;

/** A refusal the person can act on: a non-empty message or field errors somewhere in the body. */
export function hasClearMessage(body: unknown, depth = 0): boolean {
	if (!body || typeof body !== 'object' || depth > 3) return false;
	const record = body as Record<string, unknown>;
	if (typeof record.message === 'string' && record.message.trim().length > 0) return true;
	for (const key of ['errors', 'fieldErrors']) {
		const errors = record[key];
		if (errors && typeof errors === 'object' && Object.values(errors).some((list) => Array.isArray(list) && list.some((m) => typeof m === 'string' && m.length > 0))) {
			return true;
		}
	}
	return Object.values(record).some((v) => hasClearMessage(v, depth + 1));
}
