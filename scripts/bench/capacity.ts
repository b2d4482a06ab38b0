/**
 * Capacity at regional scale: 650 000 portfolios (all of Twente) in a PostgreSQL database this script creates
 * and drops (CAPACITY_PORTFOLIOS to change the number). One resident's portfolio is written through the real
 * write path and copied in SQL, with new ids, for every other resident; 100 000 of them have a session.
 * Then, on that database: the pull of a whole portfolio and a catch-up, a push of ten changes, the session
 * check — each p50/p95 over random residents — and whether any of them read a large table from start to end
 * (sequential scans counted from pg_stat_user_tables; the plans are printed with CAPACITY_EXPLAIN=1).
 */
import postgres from 'postgres';
import { freshDatabase } from '../lib/database';
import type { Figure } from './sync';

const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORTFOLIOS = Number(process.env.CAPACITY_PORTFOLIOS ?? 650_000);
const SESSIONS = Math.min(PORTFOLIOS, 100_000);
const BATCH = 50_000;
const SAMPLES = 300;
/** Tables smaller than this may be scanned whole: the planner rightly prefers it. */
const LARGE = 10_000;

const userOf = (g: string) => `md5('u' || ${g})::uuid`;
const portfolioOf = (g: string) => `md5('p' || ${g})::uuid`;

async function columnsOf(sql: postgres.Sql, table: string): Promise<string[]> {
	const rows = await sql<{ column_name: string }[]>`select column_name from information_schema.columns where table_name = ${table} and table_schema = 'public' order by ordinal_position`;
	return rows.map((r) => r.column_name);
}

/** Copies the template's rows of `table` once per resident g in [from, to), with the columns in `replace` rewritten. */
async function copyRows(sql: postgres.Sql, table: string, where: string, replace: Record<string, string>, from: number, to: number) {
	const columns = await columnsOf(sql, table);
	const list = columns.map((c) => `"${c}"`).join(', ');
	const values = columns.map((c) => replace[c] ?? `t."${c}"`).join(', ');
	await sql.unsafe(`insert into "${table}" (${list}) select ${values} from "${table}" t cross join generate_series(${from}, ${to - 1}) g where ${where}`);
}

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

async function seqScans(sql: postgres.Sql): Promise<Map<string, number>> {
	const rows = await sql<{ relname: string; seq_scan: string; n_live_tup: string }[]>`select relname, seq_scan, n_live_tup from pg_stat_user_tables`;
	return new Map(rows.filter((r) => Number(r.n_live_tup) >= LARGE).map((r) => [r.relname, Number(r.seq_scan)]));
}

export async function benchCapacity(): Promise<Figure[]> {
	const fresh = await freshDatabase('tp_bench_capacity', { baseUrl });
	const admin = postgres(fresh.url, { max: 1, onnotice: () => {} });
	const { openDatabase } = await import('../../src/lib/server/db/client');
	let handle = await openDatabase({ url: fresh.url });
	try {
		const { makeResident } = await import('../../src/lib/server/sync/testing');
		const { writeEntities } = await import('../../src/lib/server/sync/server-write');
		const { pullChanges } = await import('../../src/lib/server/sync/pull');
		const { createSession, validateSessionToken } = await import('../../src/lib/server/auth/session');
		const { newId } = await import('../../src/lib/shared/id');

		// The template: one resident with what a resident typically has.
		const template = await makeResident(handle.db);
		const actor = { userId: template.userId, role: 'inwoner' as const };
		await writeEntities(handle.db, actor, template.portfolioId, [
			{ entity: 'profile', entityId: template.portfolioId, op: 'create', baseVersion: 0, patch: { displayName: 'Capaciteit', woonplaats: 'enschede', educationLevel: 'mbo-2', beroepswensen: ['vrachtwagenchauffeur'] } },
			...['orderpicken', 'heftruck-rijden', 'klantgericht-werken', 'nederlands-spreken', 'plannen'].map((skillId, i) => ({ entity: 'skillClaim' as const, entityId: newId(), op: 'create' as const, baseVersion: 0, patch: { skillId, level: 1 + (i % 4), source: 'zelf' } })),
			{ entity: 'workExperience', entityId: newId(), op: 'create', baseVersion: 0, patch: { title: 'Orderpicker', employer: 'Distributiecentrum Hengelo' } },
			{ entity: 'education', entityId: newId(), op: 'create', baseVersion: 0, patch: { name: 'Logistiek niveau 2' } },
			{ entity: 'planItem', entityId: newId(), op: 'create', baseVersion: 0, patch: { title: 'Rijbewijs C halen' } }
		]);
		const { token } = await createSession(handle.db, template.userId);
		const secret = token.split('.')[1]!;

		const generateStart = performance.now();
		const u = `'${template.userId}'::uuid`;
		const p = `'${template.portfolioId}'::uuid`;
		const entityTables = ['profile', 'skill_claim', 'work_experience', 'education', 'plan_item'];
		for (let from = 1; from <= PORTFOLIOS; from += BATCH) {
			const to = Math.min(PORTFOLIOS + 1, from + BATCH);
			await copyRows(admin, 'app_user', `t.id = ${u}`, { id: userOf('g'), email: `'cap' || g || '@capaciteit.example'` }, from, to);
			await copyRows(admin, 'user_role', `t.user_id = ${u}`, { user_id: userOf('g') }, from, to);
			await copyRows(admin, 'portfolio', `t.id = ${p}`, { id: portfolioOf('g'), owner_id: userOf('g') }, from, to);
			await copyRows(admin, 'portfolio_sync', `t.portfolio_id = ${p}`, { portfolio_id: portfolioOf('g') }, from, to);
			for (const table of entityTables) {
				const ownId = table === 'profile' ? { id: portfolioOf('g') } : { id: `md5(t.id::text || g)::uuid` };
				await copyRows(admin, table, `t.portfolio_id = ${p}`, { ...ownId, portfolio_id: portfolioOf('g') }, from, to);
			}
			if (from <= SESSIONS) await copyRows(admin, 'session', `t.user_id = ${u}`, { id: `'cap' || g`, user_id: userOf('g') }, from, Math.min(to, SESSIONS + 1));
		}
		await admin`vacuum analyze`;
		const generateMs = performance.now() - generateStart;
		const [{ size }] = await admin<{ size: string }[]>`select pg_size_pretty(pg_database_size(current_database())) as size`;

		// Each phase on its own connections, closed at the end so their statistics are flushed before counting.
		const random = () => 1 + Math.floor(Math.random() * PORTFOLIOS);
		const idOf = async (g: number) => (await admin<{ id: string }[]>`select md5(${'p' + g})::uuid as id`)[0]!.id;
		const userIdOf = async (g: number) => (await admin<{ id: string }[]>`select md5(${'u' + g})::uuid as id`)[0]!.id;
		const phase = async (run: () => Promise<number[]>) => {
			await handle.close();
			handle = await openDatabase({ url: fresh.url });
			const before = await seqScans(admin);
			const times = await run();
			await handle.close();
			handle = await openDatabase({ url: fresh.url });
			await new Promise((resolve) => setTimeout(resolve, 1500));
			const after = await seqScans(admin);
			const scanned = [...after].filter(([table, n]) => n > (before.get(table) ?? 0)).map(([table]) => table);
			return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), scanned };
		};
		const timed = async (work: () => Promise<unknown>) => {
			const start = performance.now();
			await work();
			return performance.now() - start;
		};
		const samples = async (make: () => Promise<() => Promise<unknown>>) => {
			const times: number[] = [];
			for (let i = 0; i < SAMPLES; i++) times.push(await timed(await make()));
			return times;
		};

		const pull = await phase(() =>
			samples(async () => {
				const portfolioId = await idOf(random());
				return () => pullChanges(handle.db, { portfolioId, since: 0, limit: 500 });
			})
		);
		const push = await phase(() =>
			samples(async () => {
				const g = random();
				const [portfolioId, userId] = [await idOf(g), await userIdOf(g)];
				const changes = Array.from({ length: 10 }, (_, i) => ({ entity: 'skillClaim' as const, entityId: newId(), op: 'create' as const, baseVersion: 0, patch: { skillId: `capaciteit-${i}`, level: 2, source: 'zelf' } }));
				return () => writeEntities(handle.db, { userId, role: 'inwoner' }, portfolioId, changes);
			})
		);
		const catchUp = await phase(() =>
			samples(async () => {
				const portfolioId = await idOf(random());
				const [{ version }] = await admin<{ version: string }[]>`select version from portfolio_sync where portfolio_id = ${portfolioId}`;
				return () => pullChanges(handle.db, { portfolioId, since: Math.max(0, Number(version) - 1), limit: 500 });
			})
		);
		const sessionCheck = await phase(() =>
			samples(async () => {
				const g = 1 + Math.floor(Math.random() * SESSIONS);
				return async () => {
					if (!(await validateSessionToken(handle.db, `cap${g}.${secret}`))) throw new Error('session not valid');
				};
			})
		);

		if (process.env.CAPACITY_EXPLAIN === '1') {
			const portfolioId = await idOf(random());
			for (const [name, statement] of [
				['session', `select s.id, u.email from session s join app_user u on u.id = s.user_id where s.id = 'cap42'`],
				['skills of one portfolio', `select * from skill_claim where portfolio_id = '${portfolioId}' and version > 0 order by version limit 501`],
				['head version', `select version from portfolio_sync where portfolio_id = '${portfolioId}'`]
			]) {
				const plan = await admin.unsafe(`explain (analyze, costs off) ${statement}`);
				console.log(`\n${name}:\n${plan.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`);
			}
		}

		const row = (name: string, r: { p50: number; p95: number; scanned: string[] }, budget: number): Figure[] => [
			{ name: `${name}, p50 / p95`, value: `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} ms`, budget: `p95 < ${budget} ms`, ok: r.p95 < budget },
			{ name: `${name}, large tables read whole`, value: r.scanned.length === 0 ? 'none' : r.scanned.join(', '), budget: 'none', ok: r.scanned.length === 0 }
		];
		const count = PORTFOLIOS.toLocaleString('nl-NL');
		return [
			{ name: `generate ${count} portfolios (${SESSIONS.toLocaleString('nl-NL')} sessions)`, value: `${(generateMs / 1000).toFixed(0)} s`, budget: `database ${size}`, ok: null },
			...row(`pull a whole portfolio (${count} portfolios)`, pull, 50),
			...row('pull a catch-up', catchUp, 50),
			...row('push 10 changes', push, 100),
			...row('session check', sessionCheck, 10)
		];
	} finally {
		await handle.close();
		await admin.end();
		await fresh.drop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(await benchCapacity());
}
