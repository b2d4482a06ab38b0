/**
 * Generated monitoring data: residents with profiles, sessions, APK scans, EVC items, gesprekken, vouchers
 * and klantervaring, inserted in batches. The tests count the returned dataset independently; the bench
 * uses it for 100 000 residents.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '$lib/server/db/client';
import { APK_BLOCKS } from './queries';
import {
	apkBlockLight,
	apkScan,
	evcEvidence,
	evcOutcome,
	gesprekNote,
	klantervaring,
	portfolio,
	profile,
	session,
	shareGrant,
	user,
	userRole,
	voucherApplication,
	voucherBudget,
	voucherStatusEvent
} from '$lib/server/db/schema';

export const GENERATED_GEMEENTEN = ['enschede', 'hengelo', 'almelo', 'losser', ''] as const;
export const GENERATED_SITUATIONS = ['werkend', 'werkzoekend', 'student', null] as const;
const LIGHTS = ['groen', 'groen', 'oranje', 'rood'] as const;
const STEPS = ['aanvraag', 'loopbaangesprek', 'scholingsplan', 'goedgekeurd', 'cheque', 'betaald'] as const;

export interface GeneratedResident {
	userId: string;
	portfolioId: string;
	createdAt: Date;
	woonplaats: string;
	situation: string | null;
	sessions: { createdAt: Date; lastVerifiedAt: Date }[];
	/** A completed scan has a light for every block the server could score (block 4 is sometimes left out). */
	scans: { id: string; status: 'open' | 'completed'; completedAt: string | null; lights: Record<string, 'groen' | 'oranje' | 'rood'> }[];
	evidence: { updatedAt: Date }[];
	outcomes: { kind: 'ervaringscertificaat' | 'praktijkverklaring'; issuedOn: string }[];
	gesprekken: { id: string; createdAt: Date }[];
	notes: { createdAt: Date }[];
	vouchers: { id: string; createdAt: Date; amountEuros: number; budgetYear: number | null; status: string; events: { status: string; at: Date }[] }[];
	scores: { subject: 'gesprek' | 'voucher'; subjectId: string; score: number; createdAt: Date }[];
}

export interface GeneratedData {
	residents: GeneratedResident[];
	budgets: { year: number; amountEuros: number }[];
}

/** Mulberry32: the same seed gives the same data. */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DAY = 86_400_000;

/** `count` residents spread over the last two years before `now`; enschede has most, losser few. */
export function generateData(count: number, now: Date, seed = 1): GeneratedData {
	const rnd = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
	const at = (daysBack: number) => new Date(now.getTime() - Math.floor(rnd() * daysBack * DAY));
	const residents: GeneratedResident[] = [];
	for (let i = 0; i < count; i++) {
		const g = rnd();
		const woonplaats = g < 0.45 ? 'enschede' : g < 0.75 ? 'hengelo' : g < 0.93 ? 'almelo' : g < 0.97 ? 'losser' : '';
		const createdAt = at(730);
		const age = now.getTime() - createdAt.getTime();
		const after = (max = age) => new Date(createdAt.getTime() + Math.floor(rnd() * Math.min(max, age)));
		const r: GeneratedResident = {
			userId: randomUUID(),
			portfolioId: randomUUID(),
			createdAt,
			woonplaats,
			situation: pick(GENERATED_SITUATIONS),
			sessions: [],
			scans: [],
			evidence: [],
			outcomes: [],
			gesprekken: [],
			notes: [],
			vouchers: [],
			scores: []
		};
		if (rnd() < 0.7) {
			const s = after();
			r.sessions.push({ createdAt: s, lastVerifiedAt: new Date(Math.min(now.getTime(), s.getTime() + Math.floor(rnd() * 90 * DAY))) });
		}
		if (rnd() < 0.35) {
			for (let k = 0, n = rnd() < 0.25 ? 2 : 1; k < n; k++) {
				const completed = rnd() < 0.7;
				const lights: Record<string, 'groen' | 'oranje' | 'rood'> = {};
				if (completed) for (const block of APK_BLOCKS) if (block !== 'vaardigheden' || rnd() < 0.9) lights[block] = pick(LIGHTS);
				r.scans.push({ id: randomUUID(), status: completed ? 'completed' : 'open', completedAt: completed ? after().toISOString() : null, lights });
			}
		}
		if (rnd() < 0.12) {
			for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) r.evidence.push({ updatedAt: after() });
			if (rnd() < 0.5) r.outcomes.push({ kind: rnd() < 0.7 ? 'ervaringscertificaat' : 'praktijkverklaring', issuedOn: after().toISOString().slice(0, 10) });
		}
		if (rnd() < 0.25) {
			const id = randomUUID();
			const createdAt = after();
			r.gesprekken.push({ id, createdAt });
			if (rnd() < 0.6) r.notes.push({ createdAt });
			if (rnd() < 0.5) r.scores.push({ subject: 'gesprek', subjectId: id, score: 1 + Math.floor(rnd() * 10), createdAt });
		}
		if (rnd() < 0.15) {
			const id = randomUUID();
			const created = after();
			const events = [{ status: 'aanvraag', at: created }];
			let t = created.getTime();
			const reach = Math.floor(rnd() * STEPS.length);
			const rejected = reach < 3 && rnd() < 0.3;
			for (let s = 1; s <= reach; s++) {
				t += Math.floor((1 + rnd() * 20) * DAY);
				events.push({ status: STEPS[s] ?? 'aanvraag', at: new Date(t) });
			}
			if (rejected) {
				t += Math.floor((1 + rnd() * 10) * DAY);
				events.push({ status: 'afgewezen', at: new Date(t) });
			}
			const status = events.at(-1)?.status ?? 'aanvraag';
			const approvedAt = events.find((e) => e.status === 'goedgekeurd')?.at;
			r.vouchers.push({ id, createdAt: created, amountEuros: 500 + Math.floor(rnd() * 20) * 100, budgetYear: approvedAt ? approvedAt.getUTCFullYear() : null, status, events });
			if ((approvedAt || rejected) && rnd() < 0.6) r.scores.push({ subject: 'voucher', subjectId: id, score: 1 + Math.floor(rnd() * 10), createdAt: new Date(t) });
		}
		residents.push(r);
	}
	const year = now.getUTCFullYear();
	return { residents, budgets: [year - 2, year - 1, year].map((y) => ({ year: y, amountEuros: 1_000_000 + (y % 7) * 10_000 })) };
}

async function batched<T>(items: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
	for (let i = 0; i < items.length; i += size) await insert(items.slice(i, i + size));
}

/** Inserts the data; `adviserId` is the grantee of the gesprek grants. Batches stay under PostgreSQL's parameter limit. */
export async function insertData(db: Db, data: GeneratedData, adviserId: string, batchSize = 2000): Promise<void> {
	const rs = data.residents;
	const flat = <T>(f: (r: GeneratedResident) => T[]) => rs.flatMap(f);
	await batched(rs, batchSize, (b) => db.insert(user).values(b.map((r) => ({ id: r.userId, email: `${r.userId}@gen.example`, passwordHash: 'x', displayName: 'Gegenereerd', createdAt: r.createdAt }))));
	await batched(rs, batchSize, (b) => db.insert(userRole).values(b.map((r) => ({ userId: r.userId, role: 'inwoner' as const }))));
	await batched(rs, batchSize, (b) => db.insert(portfolio).values(b.map((r) => ({ id: r.portfolioId, ownerId: r.userId, createdAt: r.createdAt }))));
	await batched(rs, batchSize, (b) => db.insert(profile).values(b.map((r) => ({ id: r.portfolioId, portfolioId: r.portfolioId, version: 1, woonplaats: r.woonplaats, situation: r.situation }))));
	await batched(
		flat((r) => r.sessions.map((s) => ({ id: randomUUID(), secretHash: new Uint8Array(32), userId: r.userId, createdAt: s.createdAt, lastVerifiedAt: s.lastVerifiedAt }))),
		batchSize,
		(b) => db.insert(session).values(b)
	);
	await batched(
		flat((r) => r.scans.map((s) => ({ id: s.id, portfolioId: r.portfolioId, version: 1, modelVersion: 'gen', status: s.status, startedAt: r.createdAt.toISOString(), completedAt: s.completedAt }))),
		batchSize,
		(b) => db.insert(apkScan).values(b)
	);
	await batched(
		flat((r) => r.scans.flatMap((s) => Object.entries(s.lights).map(([blockId, light]) => ({ scanId: s.id, portfolioId: r.portfolioId, blockId, light, completedAt: s.completedAt! })))),
		batchSize * 2,
		(b) => db.insert(apkBlockLight).values(b)
	);
	await batched(
		flat((r) => r.evidence.map((e) => ({ id: randomUUID(), portfolioId: r.portfolioId, version: 1, trackId: randomUUID(), kind: 'starr', title: 'Bewijs', updatedAt: e.updatedAt }))),
		batchSize,
		(b) => db.insert(evcEvidence).values(b)
	);
	await batched(
		flat((r) => r.outcomes.map((o) => ({ id: randomUUID(), portfolioId: r.portfolioId, version: 1, kind: o.kind, kwalificatieId: 'gen', provider: 'Gen', issuedOn: o.issuedOn }))),
		batchSize,
		(b) => db.insert(evcOutcome).values(b)
	);
	await batched(
		flat((r) => r.gesprekken.map((g) => ({ id: g.id, portfolioId: r.portfolioId, granteeUserId: adviserId, sections: ['profiel'], origin: 'gesprek' as const, createdAt: g.createdAt, expiresAt: new Date(g.createdAt.getTime() + DAY) }))),
		batchSize,
		(b) => db.insert(shareGrant).values(b)
	);
	await batched(
		flat((r) => r.notes.map((n) => ({ id: randomUUID(), portfolioId: r.portfolioId, adviserId, adviserName: 'Adviseur', body: 'Verslag', createdAt: n.createdAt }))),
		batchSize,
		(b) => db.insert(gesprekNote).values(b)
	);
	const offer = { title: 'Cursus', providerName: 'Aanbieder', costEuros: 1000, kind: 'cursus' };
	await batched(
		flat((r) =>
			r.vouchers.map((v) => ({ id: v.id, portfolioId: r.portfolioId, applicantId: r.userId, offerId: 'gen', offer, motivation: 'Motivatie', rulesVersion: 'gen', amountEuros: v.amountEuros, status: v.status as 'aanvraag', budgetYear: v.budgetYear, createdAt: v.createdAt }))
		),
		batchSize,
		(b) => db.insert(voucherApplication).values(b)
	);
	await batched(
		flat((r) => r.vouchers.flatMap((v) => v.events.map((e) => ({ id: randomUUID(), applicationId: v.id, status: e.status as 'aanvraag', actorName: 'Gen', actorRole: 'adviseur' as const, at: e.at })))),
		batchSize,
		(b) => db.insert(voucherStatusEvent).values(b)
	);
	await batched(
		flat((r) => r.scores.map((s) => ({ id: randomUUID(), userId: r.userId, subject: s.subject, subjectId: s.subjectId, score: s.score, createdAt: s.createdAt }))),
		batchSize,
		(b) => db.insert(klantervaring).values(b)
	);
	if (data.budgets.length) await db.insert(voucherBudget).values(data.budgets).onConflictDoNothing();
}
