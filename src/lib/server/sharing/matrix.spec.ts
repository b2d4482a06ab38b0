/**
 * Authorisation matrix for everything that shows (or acts on) another person's portfolio.
 *
 * Every route handler below is called for real, with a RequestEvent built the way SvelteKit builds it,
 * for each role × grant state. The grid in MATRIX is the specification: read a row to see who gets in.
 *
 * Outcomes:
 * - allow    2xx and the section's data is in the answer; one access-log row (allowed) per section read
 * - omit     2xx, but the section's data is not in the answer (other shared sections may be, each logged once)
 * - refuse   403 at the grant gate; nothing shown; exactly one refused row in the access log
 * - guard    401/403 from the role check before any lookup; nothing shown, nothing logged
 * - notfound 404; nothing shown, nothing logged
 * The owner never produces a log row. In every cell, no section appears that the viewer was not granted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import type { SessionUser } from '$lib/server/auth/session';
import type { DbHandle } from '$lib/server/db/client';
import { accessLog, contactRequest, gesprekNote, organisation, shareGrant, user } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/testing';
import { portfolioOf, storeFile } from '$lib/server/files/files';
import { diskStorage } from '$lib/server/files/storage';
import { writeEntities } from '$lib/server/sync/server-write';
import { makeUser, resetSyncTables } from '$lib/server/sync/testing';
import { newId } from '$lib/shared/id';
import { SHARE_SECTIONS, type ShareSection } from '$lib/shared/sharing';
import { createGrant, revokeGrant } from './grants';
import { optIn, optOut } from './talentpool';
import { employerOfferForm } from '$lib/server/fuzz/harness';
import { saveEmployerOffer, todayInTwente } from '$lib/server/vacatures/service';
import { employerOfferSchema } from '$lib/shared/vacatures';

const shared = vi.hoisted(() => ({ handle: undefined as DbHandle | undefined, filesDir: '' }));
vi.mock('$lib/server/db', () => ({ db: async () => shared.handle!.db }));

const ROUTES = 'src/routes';
const adviserPage = await import('../../../routes/(adviseur)/adviseur/inwoner/[portfolioId]/+page.server');
const caseloadPage = await import('../../../routes/(adviseur)/adviseur/+page.server');
const candidatePage = await import('../../../routes/(werkgever)/werkgever/talentpool/[requestId]/+page.server');
const poolPage = await import('../../../routes/(werkgever)/werkgever/talentpool/+page.server');
const sharedFile = await import('../../../routes/api/gedeeld/bestanden/[id]/+server');
const evcReview = await import('../../../routes/api/evc/beoordeling/+server');
const delenOverview = await import('../../../routes/api/delen/+server');
const syncPull = await import('../../../routes/api/sync/pull/+server');
const ownFile = await import('../../../routes/api/files/[id]/+server');
const poolCards = await import('../../../routes/api/talentpool/kaarten/+server');
const dataExport = await import('../../../routes/api/gegevens/export/+server');
const whoFitsPage = await import('../../../routes/(werkgever)/werkgever/vacatures/[id]/kandidaten/+page.server');

// --- the world: one resident with something in every section, and one person per role ---

const OWNER_NAME = 'Eigenaar Matrixpersoon';
const IDENTIFYING = { displayName: OWNER_NAME, contactEmail: 'eigenaar.matrix@example.nl', phone: '06 1111 2222', about: 'Ik woon aan de Matrixstraat 7' };
const CERT_BYTES = new TextEncoder().encode('%PDF-1.7\nMATRIX-CERT-BYTES');
const EVC_BYTES = new TextEncoder().encode('%PDF-1.7\nMATRIX-EVC-BYTES');
const NOTE = 'MATRIX-VERSLAG van het gesprek';
const POOL_WISH = 'matrix-beroep';

type Viewer = 'owner' | 'inwoner' | 'adviseur' | 'werkgever' | 'beheerder';
type Role = Exclude<Viewer, 'owner'>;
type State = 'with' | 'without' | 'expired' | 'revoked' | 'none';
const ROLES: Role[] = ['inwoner', 'adviseur', 'werkgever', 'beheerder'];
const STATES: State[] = ['with', 'without', 'expired', 'revoked', 'none'];

interface World {
	portfolioId: string;
	ownerId: string;
	organisationId: string;
	/** A vacature of the organisation that asks for a skill the resident holds. */
	vacancyId: string;
	viewers: Record<Viewer, SessionUser>;
	ids: { claim: string; experience: string; education: string; certificate: string; certFile: string; track: string; evidence: string; evcFile: string; apk: string; plan: string };
	/** Text that only the data of one section contains. */
	markers: Record<ShareSection, string[]>;
}
let world: World;
let handle: DbHandle;

async function person(roles: SessionUser['roles'], displayName: string, organisationId: string | null = null): Promise<SessionUser> {
	const { userId } = await makeUser(handle.db, roles);
	await handle.db.update(user).set({ displayName, organisationId }).where(eq(user.id, userId));
	return { id: userId, email: `${userId}@example.nl`, displayName, roles, organisationId, locale: 'nl', emailVerified: true };
}

beforeAll(async () => {
	// The route reads files through fileStorage(), which takes its directory from the environment on first use.
	shared.filesDir = process.env.FILES_DIR = mkdtempSync(join(tmpdir(), 'tp-matrix-files-'));
	handle = shared.handle = await openTestDatabase();
	await resetSyncTables(handle.db);
	await handle.db.delete(organisation);
	const organisationId = newId();
	await handle.db.insert(organisation).values({ id: organisationId, name: 'Matrix Metaal B.V.', kind: 'werkgever' });
	const owner = await person(['inwoner'], OWNER_NAME);
	const portfolioId = (await portfolioOf(handle.db, owner.id))!;
	const viewers: Record<Viewer, SessionUser> = {
		owner,
		inwoner: await person(['inwoner'], 'Andere Inwoner'),
		adviseur: await person(['adviseur'], 'Adviseur Matrix'),
		werkgever: await person(['werkgever'], 'Werkgever Matrix', organisationId),
		beheerder: await person(['beheerder'], 'Beheerder Matrix')
	};
	const ids = {
		claim: newId(),
		experience: newId(),
		education: newId(),
		certificate: newId(),
		certFile: newId(),
		track: newId(),
		evidence: newId(),
		evcFile: newId(),
		apk: newId(),
		plan: newId()
	};
	const storage = diskStorage(shared.filesDir);
	await storeFile(handle.db, storage, { id: ids.certFile, portfolioId, name: 'vca.pdf', bytes: CERT_BYTES });
	await storeFile(handle.db, storage, { id: ids.evcFile, portfolioId, name: 'bewijs.pdf', bytes: EVC_BYTES });
	const at = new Date().toISOString();
	await writeEntities(handle.db, { userId: owner.id, role: 'inwoner' }, portfolioId, [
		{ entity: 'profile', entityId: portfolioId, op: 'create', baseVersion: 0, patch: { ...IDENTIFYING, woonplaats: 'hengelo', beroepswensen: [POOL_WISH], educationLevel: 'mbo-2', availability: 'direct' } },
		{ entity: 'skillClaim', entityId: ids.claim, op: 'create', baseVersion: 0, patch: { skillId: 'tig-lassen', level: 3, source: 'zelf' } },
		{ entity: 'workExperience', entityId: ids.experience, op: 'create', baseVersion: 0, patch: { title: 'Lasser', employer: 'Staalbouw Enschede' } },
		{ entity: 'education', entityId: ids.education, op: 'create', baseVersion: 0, patch: { name: 'Metaal niveau 2' } },
		{ entity: 'certificate', entityId: ids.certificate, op: 'create', baseVersion: 0, patch: { name: 'VCA-basis', fileId: ids.certFile } },
		{ entity: 'evcTrack', entityId: ids.track, op: 'create', baseVersion: 0, patch: { kwalificatieId: 'logistiek-medewerker' } },
		{ entity: 'evcEvidence', entityId: ids.evidence, op: 'create', baseVersion: 0, patch: { trackId: ids.track, kind: 'document', title: 'Werkbon', werkprocesIds: ['lm-2-1'], fileId: ids.evcFile } },
		{ entity: 'apkScan', entityId: ids.apk, op: 'create', baseVersion: 0, patch: { modelVersion: 'matrix-1', status: 'completed', startedAt: at, completedAt: at } },
		{ entity: 'planItem', entityId: ids.plan, op: 'create', baseVersion: 0, patch: { title: 'VCA halen' } }
	]);
	await handle.db.insert(gesprekNote).values({ id: newId(), portfolioId, adviserId: viewers.adviseur.id, adviserName: 'Adviseur Matrix', body: NOTE });
	const vacancy = await saveEmployerOffer(handle.db, { organisationId, id: null, data: employerOfferSchema(todayInTwente()).parse(employerOfferForm()) });
	if (!vacancy.ok) throw new Error('vacancy not saved');
	world = {
		portfolioId,
		ownerId: owner.id,
		organisationId,
		vacancyId: vacancy.id,
		viewers,
		ids,
		markers: {
			profiel: [IDENTIFYING.phone, IDENTIFYING.about],
			skills: [ids.claim],
			ervaring: [ids.experience],
			opleiding: [ids.education, ids.certificate, 'MATRIX-CERT-BYTES'],
			evc: [ids.evidence, ids.track, 'MATRIX-EVC-BYTES'],
			apk: [ids.apk],
			ontwikkelplan: [ids.plan]
		}
	};
});
afterAll(async () => {
	await handle.close();
	rmSync(shared.filesDir, { recursive: true, force: true });
});

// --- calling handlers the way SvelteKit does ---

interface Outcome {
	status: number;
	text: string;
}

async function settle(run: () => unknown): Promise<Outcome> {
	try {
		const result = await run();
		if (result instanceof Response) return { status: result.status, text: await result.text() };
		if (isActionFailure(result)) return { status: result.status, text: JSON.stringify(result.data) };
		return { status: 200, text: JSON.stringify(result ?? null) };
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, text: JSON.stringify(e.body) };
		if (isRedirect(e)) return { status: e.status, text: e.location };
		throw e;
	}
}

function event(viewer: SessionUser, init: { path: string; params?: Record<string, string>; json?: unknown; form?: Record<string, string> }) {
	const url = new URL(init.path, 'http://localhost');
	const request =
		init.json !== undefined
			? new Request(url, { method: 'POST', body: JSON.stringify(init.json), headers: { 'content-type': 'application/json' } })
			: init.form
				? new Request(url, { method: 'POST', body: new URLSearchParams(init.form) })
				: new Request(url);
	return { request, url, params: init.params ?? {}, locals: { user: viewer, sessionId: null } } as never;
}

type Fn = (event: never) => unknown;

/** A ZIP answer read as the text of all its entries, so the markers can be looked for inside. */
async function callZip(fn: unknown, viewer: SessionUser, init: Parameters<typeof event>[1]): Promise<Outcome> {
	try {
		const response = (await (fn as Fn)(event(viewer, init))) as Response;
		const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
		return { status: response.status, text: Object.values(entries).map((bytes) => strFromU8(bytes)).join('\n') };
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, text: JSON.stringify(e.body) };
		throw e;
	}
}
const call = (fn: unknown, viewer: SessionUser, init: Parameters<typeof event>[1]) => settle(() => (fn as Fn)(event(viewer, init)));

interface Ids {
	portfolioId: string;
	requestId: string;
}

// --- the matrix ---

type Code = 'allow' | 'omit' | 'refuse' | 'guard' | 'notfound';
type Codes = [withSection: Code, withoutSection: Code, expired: Code, revoked: Code, none: Code];

interface Row {
	name: string;
	/** The route file, for the guard test below. */
	file: string;
	/** The section the grant states are about. */
	section: ShareSection;
	/**
	 * What an allowed call writes to the access log: `read` one row per section it shows, `gate` one row
	 * for `section` (a write behind the section check), `none` nothing (the owner's own data, or no section data).
	 */
	log: 'read' | 'gate' | 'none';
	/** Text that proves the call showed what it is about; defaults to the markers of `section`. */
	probe?: () => string[];
	run: (viewer: SessionUser, ids: Ids) => Promise<Outcome>;
	owner: Code;
	grid: Record<Role, Codes>;
}

const G5: Codes = ['guard', 'guard', 'guard', 'guard', 'guard'];
const adviserPath = () => `/adviseur/inwoner/${world.portfolioId}`;

/** A file shown to whoever holds a grant for its section: the adviser, or the employer whose contact request was accepted. */
function sharedFileRow(kind: string, section: ShareSection, marker: string, fileId: () => string): Row {
	const refused: Codes = ['refuse', 'refuse', 'refuse', 'refuse', 'refuse'];
	return {
		name: `GET /api/gedeeld/bestanden/[id] (${kind})`,
		file: 'api/gedeeld/bestanden/[id]/+server.ts',
		section,
		log: 'read',
		probe: () => [marker],
		run: (v) => call(sharedFile.GET, v, { path: `/api/gedeeld/bestanden/${fileId()}`, params: { id: fileId() } }),
		owner: 'allow',
		grid: {
			inwoner: refused,
			adviseur: ['allow', 'refuse', 'refuse', 'refuse', 'refuse'],
			werkgever: ['allow', 'refuse', 'refuse', 'refuse', 'refuse'],
			beheerder: refused
		}
	};
}

//                                                        with      without   expired   revoked   none
const MATRIX: Row[] = [
	{
		name: 'GET /adviseur/inwoner/[portfolioId] (load)',
		file: '(adviseur)/adviseur/inwoner/[portfolioId]/+page.server.ts',
		section: 'skills',
		log: 'read',
		run: (v, ids) => call(adviserPage.load, v, { path: adviserPath(), params: { portfolioId: ids.portfolioId } }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: ['allow', 'omit', 'refuse', 'refuse', 'refuse'],
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		name: 'POST /adviseur/inwoner/[portfolioId]?/validate',
		file: '(adviseur)/adviseur/inwoner/[portfolioId]/+page.server.ts',
		section: 'skills',
		log: 'gate',
		probe: () => [world.ids.claim],
		run: (v, ids) => call(adviserPage.actions.validate, v, { path: adviserPath(), params: { portfolioId: ids.portfolioId }, form: { skillClaimId: world.ids.claim } }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: ['allow', 'refuse', 'refuse', 'refuse', 'refuse'],
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		name: 'POST /adviseur/inwoner/[portfolioId]?/evcReview',
		file: '(adviseur)/adviseur/inwoner/[portfolioId]/+page.server.ts',
		section: 'evc',
		log: 'gate',
		probe: () => [world.ids.evidence],
		run: (v, ids) =>
			call(adviserPage.actions.evcReview, v, { path: adviserPath(), params: { portfolioId: ids.portfolioId }, form: { evidenceId: world.ids.evidence, verdict: 'voldoende', comment: '' } }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: ['allow', 'refuse', 'refuse', 'refuse', 'refuse'],
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		// A verslag needs some active grant, whichever sections it holds.
		name: 'POST /adviseur/inwoner/[portfolioId]?/verslag',
		file: '(adviseur)/adviseur/inwoner/[portfolioId]/+page.server.ts',
		section: 'skills',
		log: 'none',
		probe: () => ['noteSaved'],
		run: (v, ids) => call(adviserPage.actions.verslag, v, { path: adviserPath(), params: { portfolioId: ids.portfolioId }, form: { body: 'Verslag uit de matrix.' } }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: ['allow', 'allow', 'refuse', 'refuse', 'refuse'],
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		name: 'POST /adviseur/inwoner/[portfolioId]?/suggestie',
		file: '(adviseur)/adviseur/inwoner/[portfolioId]/+page.server.ts',
		section: 'skills',
		log: 'none',
		probe: () => ['suggestionSaved'],
		run: (v, ids) => call(adviserPage.actions.suggestie, v, { path: adviserPath(), params: { portfolioId: ids.portfolioId }, form: { title: 'Stap uit de matrix', description: '' } }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: ['allow', 'allow', 'refuse', 'refuse', 'refuse'],
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		// The caseload names residents with an active grant (any section); it shows no section data.
		name: 'GET /adviseur (caseload load)',
		file: '(adviseur)/adviseur/+page.server.ts',
		section: 'skills',
		log: 'none',
		probe: () => [OWNER_NAME],
		run: (v) => call(caseloadPage.load, v, { path: '/adviseur' }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: ['allow', 'allow', 'omit', 'omit', 'omit'],
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		name: 'POST /api/evc/beoordeling',
		file: 'api/evc/beoordeling/+server.ts',
		section: 'evc',
		log: 'gate',
		probe: () => ['"id"'],
		run: (v, ids) => call(evcReview.POST, v, { path: '/api/evc/beoordeling', json: { portfolioId: ids.portfolioId, evidenceId: world.ids.evidence, verdict: 'aanvullen', comment: 'Matrix' } }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: ['allow', 'refuse', 'refuse', 'refuse', 'refuse'],
			werkgever: G5,
			beheerder: G5
		}
	},
	sharedFileRow('certificate file', 'opleiding', 'MATRIX-CERT-BYTES', () => world.ids.certFile),
	sharedFileRow('EVC evidence file', 'evc', 'MATRIX-EVC-BYTES', () => world.ids.evcFile),
	{
		// The grant behind an accepted contact request; "none" is a request that was never accepted.
		name: 'GET /werkgever/talentpool/[requestId] (load)',
		file: '(werkgever)/werkgever/talentpool/[requestId]/+page.server.ts',
		section: 'skills',
		log: 'read',
		run: (v, ids) => call(candidatePage.load, v, { path: `/werkgever/talentpool/${ids.requestId}`, params: { requestId: ids.requestId } }),
		owner: 'guard',
		grid: {
			inwoner: G5,
			adviseur: G5,
			werkgever: ['allow', 'omit', 'refuse', 'refuse', 'notfound'],
			beheerder: G5
		}
	},
	{
		// The resident's own overview; another resident gets their own, never this one's.
		name: 'GET /api/delen',
		file: 'api/delen/+server.ts',
		section: 'skills',
		log: 'none',
		probe: () => [NOTE],
		run: (v) => call(delenOverview.GET, v, { path: '/api/delen' }),
		owner: 'allow',
		grid: {
			inwoner: ['omit', 'omit', 'omit', 'omit', 'omit'],
			adviseur: G5,
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		// Sync serves the signed-in resident's own portfolio only: a grant never opens it.
		name: 'GET /api/sync/pull',
		file: 'api/sync/pull/+server.ts',
		section: 'skills',
		log: 'none',
		run: (v) => call(syncPull.GET, v, { path: '/api/sync/pull?since=0' }),
		owner: 'allow',
		grid: {
			inwoner: ['omit', 'omit', 'omit', 'omit', 'omit'],
			adviseur: G5,
			werkgever: G5,
			beheerder: G5
		}
	},
	{
		// "Download al mijn gegevens": everyone gets their own data; a grant never puts someone else's in it.
		name: 'GET /api/gegevens/export (ZIP)',
		file: 'api/gegevens/export/+server.ts',
		section: 'skills',
		log: 'none',
		run: (v) => callZip(dataExport.GET, v, { path: '/api/gegevens/export' }),
		owner: 'allow',
		grid: {
			inwoner: ['omit', 'omit', 'omit', 'omit', 'omit'],
			adviseur: ['omit', 'omit', 'omit', 'omit', 'omit'],
			werkgever: ['omit', 'omit', 'omit', 'omit', 'omit'],
			beheerder: ['omit', 'omit', 'omit', 'omit', 'omit']
		}
	},
	{
		name: 'GET /api/files/[id] (own file)',
		file: 'api/files/[id]/+server.ts',
		section: 'opleiding',
		log: 'none',
		probe: () => ['MATRIX-CERT-BYTES'],
		run: (v) => call(ownFile.GET, v, { path: `/api/files/${world.ids.certFile}`, params: { id: world.ids.certFile } }),
		owner: 'allow',
		grid: {
			inwoner: ['notfound', 'notfound', 'notfound', 'notfound', 'notfound'],
			adviseur: G5,
			werkgever: G5,
			beheerder: G5
		}
	}
];

/** The grant state of one cell, from a clean slate: grants, requests and the log are emptied first. */
async function arrange(role: Viewer, state: State, section: ShareSection): Promise<{ granted: ShareSection[]; ids: Ids }> {
	const db = handle.db;
	await db.delete(accessLog);
	await db.delete(contactRequest);
	await db.delete(shareGrant);
	const viewer = world.viewers[role];
	let grantId: string | null = null;
	if (role !== 'owner' && state !== 'none') {
		const sections = state === 'without' ? SHARE_SECTIONS.filter((s) => s !== section) : [section];
		const now = Date.now();
		grantId = await createGrant(db, {
			portfolioId: world.portfolioId,
			grantee: role === 'werkgever' ? { organisationId: world.organisationId } : { userId: viewer.id },
			sections,
			origin: role === 'werkgever' ? 'talentpool' : 'manual',
			now: new Date(now - 2 * 86_400_000),
			expiresAt: new Date(state === 'expired' ? now - 60_000 : now + 86_400_000)
		});
		if (state === 'revoked') await revokeGrant(db, { portfolioId: world.portfolioId, grantId });
	}
	// Every cell has a contact request of the organisation, accepted only when the organisation holds the grant.
	const requestId = newId();
	const accepted = role === 'werkgever' && grantId !== null;
	await db.insert(contactRequest).values({
		id: requestId,
		portfolioId: world.portfolioId,
		organisationId: world.organisationId,
		senderId: world.viewers.werkgever.id,
		message: 'Wij willen graag kennismaken.',
		status: accepted ? 'accepted' : 'open',
		grantId: accepted ? grantId : null,
		decidedAt: accepted ? new Date() : null
	});
	const granted = role === 'owner' ? [...SHARE_SECTIONS] : state === 'with' ? [section] : state === 'without' ? SHARE_SECTIONS.filter((s) => s !== section) : [];
	return { granted, ids: { portfolioId: world.portfolioId, requestId } };
}

const shows = (text: string, markers: string[]) => markers.some((m) => text.includes(m));

async function check(row: Row, role: Viewer, state: State, expected: Code) {
	const { granted, ids } = await arrange(role, state, row.section);
	const viewer = world.viewers[role];
	const outcome = await row.run(viewer, ids);
	const leaked = SHARE_SECTIONS.filter((s) => shows(outcome.text, world.markers[s]));
	const probe = row.probe?.() ?? world.markers[row.section];
	const rows = await handle.db.select().from(accessLog).where(eq(accessLog.portfolioId, world.portfolioId));
	const allowedRows = rows.filter((r) => r.allowed).map((r) => r.section).sort();
	const refusedRows = rows.filter((r) => !r.allowed);
	for (const r of rows) expect(r.viewerId).toBe(viewer.id);

	// Whatever the outcome: nothing the viewer was not granted.
	expect(leaked.filter((s) => !granted.includes(s))).toEqual([]);

	switch (expected) {
		case 'allow': {
			expect(outcome.status, outcome.text).toBeLessThan(400);
			expect(shows(outcome.text, probe)).toBe(true);
			const expectedLog = role === 'owner' || row.log === 'none' ? [] : row.log === 'gate' ? [row.section] : leaked;
			expect(allowedRows).toEqual([...expectedLog].sort());
			expect(refusedRows).toEqual([]);
			break;
		}
		case 'omit': {
			expect(outcome.status, outcome.text).toBeLessThan(400);
			expect(shows(outcome.text, probe)).toBe(false);
			expect(allowedRows).toEqual(row.log === 'read' ? [...leaked].sort() : []);
			expect(refusedRows).toEqual([]);
			break;
		}
		case 'refuse':
			expect(outcome.status, outcome.text).toBe(403);
			expect(leaked).toEqual([]);
			expect(shows(outcome.text, probe)).toBe(false);
			expect(allowedRows).toEqual([]);
			expect(refusedRows).toHaveLength(1);
			break;
		case 'guard':
			expect([401, 403], outcome.text).toContain(outcome.status);
			expect(leaked).toEqual([]);
			expect(shows(outcome.text, probe)).toBe(false);
			expect(rows).toEqual([]);
			break;
		case 'notfound':
			expect(outcome.status, outcome.text).toBe(404);
			expect(leaked).toEqual([]);
			expect(rows).toEqual([]);
			break;
	}
}

const cells = MATRIX.flatMap((row) => [
	{ row, role: 'owner' as Viewer, state: 'none' as State, expected: row.owner, label: `${row.name} · owner → ${row.owner}` },
	...ROLES.flatMap((role) =>
		STATES.map((state, i) => ({ row, role: role as Viewer, state, expected: row.grid[role][i]!, label: `${row.name} · ${role} · grant ${state} → ${row.grid[role][i]}` }))
	)
]);

describe('authorisation matrix', () => {
	it.each(cells)('$label', async ({ row, role, state, expected }) => {
		await check(row, role, state, expected);
	});
});

describe('outside the grid', () => {
	it('refuses an unknown or malformed portfolio id the same way as a foreign one, without a log row anywhere', async () => {
		await arrange('adviseur', 'with', 'skills');
		const adviser = world.viewers.adviseur;
		const unknown = newId();
		expect((await call(adviserPage.load, adviser, { path: `/adviseur/inwoner/${unknown}`, params: { portfolioId: unknown } })).status).toBe(403);
		expect((await call(adviserPage.load, adviser, { path: '/adviseur/inwoner/abc', params: { portfolioId: 'abc' } })).status).toBe(404);
		expect((await call(sharedFile.GET, adviser, { path: '/api/gedeeld/bestanden/abc', params: { id: 'abc' } })).status).toBe(404);
		expect(await handle.db.select().from(accessLog)).toEqual([]);
	});

	it('answers nobody who is signed out, and logs nothing', async () => {
		const anonymous = null as unknown as SessionUser;
		const ids = (await arrange('werkgever', 'with', 'skills')).ids;
		for (const row of MATRIX) expect((await row.run(anonymous, ids)).status, row.name).toBe(401);
		for (const row of POOL) expect((await row.run(anonymous)).status, row.name).toBe(401);
		expect(await handle.db.select().from(accessLog)).toEqual([]);
	});
});

// --- talentpool search: anonymous cards, opted-in residents only, never logged ---

type PoolState = 'opted-in' | 'never' | 'opted-out';
interface PoolRow {
	name: string;
	file: string;
	run: (viewer: SessionUser) => Promise<Outcome>;
	/** Where the answer holds its cards; `cards` unless told. */
	cards?: (answer: unknown) => unknown[];
	grid: Record<Viewer, [optedIn: Code, never: Code, optedOut: Code]>;
}
const POOL: PoolRow[] = [
	{
		name: 'GET /api/talentpool/kaarten',
		file: 'api/talentpool/kaarten/+server.ts',
		run: (v) => call(poolCards.GET, v, { path: '/api/talentpool/kaarten' }),
		grid: {
			owner: ['guard', 'guard', 'guard'],
			inwoner: ['guard', 'guard', 'guard'],
			adviseur: ['guard', 'guard', 'guard'],
			werkgever: ['allow', 'omit', 'omit'],
			beheerder: ['guard', 'guard', 'guard']
		}
	},
	{
		name: 'GET /werkgever/talentpool (load)',
		file: '(werkgever)/werkgever/talentpool/+page.server.ts',
		run: (v) => call(poolPage.load, v, { path: `/werkgever/talentpool?occupation=${POOL_WISH}` }),
		grid: {
			owner: ['guard', 'guard', 'guard'],
			inwoner: ['guard', 'guard', 'guard'],
			adviseur: ['guard', 'guard', 'guard'],
			werkgever: ['allow', 'omit', 'omit'],
			beheerder: ['guard', 'guard', 'guard']
		}
	},
	{
		// "Wie past bij deze vacature": the same anonymous cards, ranked for one vacancy of the employer's own organisation.
		name: 'GET /werkgever/vacatures/[id]/kandidaten (load)',
		file: '(werkgever)/werkgever/vacatures/[id]/kandidaten/+page.server.ts',
		run: (v) => call(whoFitsPage.load, v, { path: `/werkgever/vacatures/${world.vacancyId}/kandidaten`, params: { id: world.vacancyId } }),
		cards: (answer) => (answer as { results: { card: unknown }[] }).results.map((r) => r.card),
		grid: {
			owner: ['guard', 'guard', 'guard'],
			inwoner: ['guard', 'guard', 'guard'],
			adviseur: ['guard', 'guard', 'guard'],
			werkgever: ['allow', 'omit', 'omit'],
			beheerder: ['guard', 'guard', 'guard']
		}
	}
];
const POOL_STATES: PoolState[] = ['opted-in', 'never', 'opted-out'];

describe('talentpool search matrix', () => {
	const poolCells = POOL.flatMap((row) =>
		(Object.keys(row.grid) as Viewer[]).flatMap((role) => POOL_STATES.map((state, i) => ({ row, role, state, expected: row.grid[role][i]!, label: `${row.name} · ${role} · ${state} → ${row.grid[role][i]}` })))
	);
	it.each(poolCells)('$label', async ({ row, role, state, expected }) => {
		await handle.db.delete(accessLog);
		await optOut(handle.db, world.portfolioId);
		if (state !== 'never') await optIn(handle.db, world.portfolioId);
		if (state === 'opted-out') await optOut(handle.db, world.portfolioId);
		const outcome = await row.run(world.viewers[role]);
		// No name, contact, birth date, free text or id of the person, in any cell.
		for (const secret of [...Object.values(IDENTIFYING), world.ownerId, world.portfolioId, 'hengelo', `${world.ownerId}@example.nl`, 'birth', 'geboorte', ...SHARE_SECTIONS.flatMap((s) => world.markers[s])]) {
			expect(outcome.text).not.toContain(secret);
		}
		expect(await handle.db.select().from(accessLog)).toEqual([]);
		if (expected === 'guard') expect([401, 403]).toContain(outcome.status);
		else {
			expect(outcome.status).toBe(200);
			// The page echoes the filter back; only the cards count.
			const answer: unknown = JSON.parse(outcome.text);
			const cards = row.cards ? row.cards(answer) : (answer as { cards: unknown[] }).cards;
			expect(JSON.stringify(cards).includes(POOL_WISH)).toBe(expected === 'allow');
		}
	});
});

// --- the guard: a route that reads someone's portfolio data must be in the matrix ---

/** Functions that return portfolio data (or the grants around it). A route calling one must be covered above. */
const READERS =
	/\b(requireSectionAccess|sectionsVisibleTo|activeGrantsFor|readSharedSections|readSection|readSharedFile|readFileOf|reviewEvidence|evidenceForReview|searchCards|caseloadOf|portfolioOfRequest|notesOf|suggestionsOf|validationsOf|cardOf|grantsOf|accessLogOf|requestsForResident|requestsOfOrganisation|pullChanges|buildCard|optIn|exportAccount)\b/;

/**
 * Resident endpoints that only ever touch the signed-in resident's own portfolio, found from the session
 * (`residentPortfolio`), never from the URL or body. The guard checks that they still do.
 */
const OWN_PORTFOLIO_ONLY = [
	'api/talentpool/deelname/+server.ts',
	'api/credentials/+server.ts',
	'api/credentials/[id]/+server.ts',
	'api/credentials/cv/+server.ts',
	'api/credentials/import/+server.ts',
	'api/credentials/validatieverzoek/+server.ts'
];

function routeFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return routeFiles(path);
		return /^\+(server|page\.server|layout\.server)\.ts$/.test(name) ? [path] : [];
	});
}

describe('matrix coverage', () => {
	it('covers every route file that uses a portfolio or sharing reader', () => {
		const covered = new Set([...MATRIX.map((r) => r.file), ...POOL.map((r) => r.file), ...OWN_PORTFOLIO_ONLY]);
		const using = routeFiles(ROUTES)
			.filter((path) => READERS.test(readFileSync(path, 'utf8')))
			.map((path) => relative(ROUTES, path).split('\\').join('/'));
		expect(using.length).toBeGreaterThan(5);
		expect(using.filter((file) => !covered.has(file))).toEqual([]);
		// And nothing in the matrix points at a file that no longer exists.
		for (const file of covered) expect(statSync(join(ROUTES, file)).isFile()).toBe(true);
	});

	it('keeps own-portfolio endpoints on the session’s portfolio', () => {
		for (const file of OWN_PORTFOLIO_ONLY) {
			const source = readFileSync(join(ROUTES, file), 'utf8');
			expect(source).toContain('residentPortfolio(event)');
			expect(source).not.toMatch(/portfolioId\s*[:=]\s*(event\.params|input|body)/);
		}
	});

	it('fills every cell of the grid', () => {
		for (const row of MATRIX) for (const role of ROLES) expect(row.grid[role]).toHaveLength(STATES.length);
		expect(cells).toHaveLength(MATRIX.length * (1 + ROLES.length * STATES.length));
	});
});
