/**
 * Faults: the server killed in the middle of a push, and the database unreachable for a while.
 * Each test runs its own `node build` process on its own fresh PostgreSQL database (DATABASE_URL, else the
 * local server), like sync-two-servers.spec.ts, so it can kill and restart it. Needs the production build.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import postgres from 'postgres';
import { DEMO, expect, expectNoA11yViolations, readyForOffline, registerResident, signIn, test } from './support';
import { AppServer } from '../scripts/lib/app-server';
import { freshDatabase as newDatabase } from '../scripts/lib/database';
import { freePort } from '../scripts/lib/free-port';

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database next to the admin URL with a connection to look into it, dropped again by `drop`. */
async function freshDatabase(label: string) {
	const database = await newDatabase(`tp_faults_${label}`, { baseUrl: adminUrl });
	const sql = postgres(database.url, { max: 2, onnotice: () => {} });
	return {
		url: new URL(database.url),
		sql,
		async drop() {
			await sql.end({ timeout: 5 });
			await database.drop();
		}
	};
}

/** `node build` on a fixed port, so the browser's origin survives a restart; seeded with the demo accounts and catalogue. */
class FaultServer extends AppServer {
	constructor(port: number, databaseUrl: string) {
		super({ port, databaseUrl });
	}

	/** At the end of a test: gone, with what it printed attached to the test's report. */
	override async stop(): Promise<void> {
		await this.kill();
		await test.info().attach('server output', { body: this.log.join(''), contentType: 'text/plain' });
	}
}

/** A TCP proxy between the app and PostgreSQL; `cut` drops every connection and refuses new ones. */
class TcpProxy {
	#server: Server | null = null;
	#sockets = new Set<Socket>();
	port = 0;
	constructor(readonly target: { host: string; port: number }) {}

	async open(): Promise<void> {
		const server = createServer((client) => {
			const upstream = connect(this.target.port, this.target.host);
			for (const socket of [client, upstream]) {
				this.#sockets.add(socket);
				socket.on('close', () => this.#sockets.delete(socket));
				socket.on('error', () => {
					client.destroy();
					upstream.destroy();
				});
			}
			client.pipe(upstream).pipe(client);
		});
		await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
		this.port = (server.address() as { port: number }).port;
		this.#server = server;
	}

	async cut(): Promise<void> {
		const server = this.#server;
		this.#server = null;
		for (const socket of this.#sockets) socket.destroy();
		if (server) await new Promise((resolve) => server.close(resolve));
	}
}

/** A fresh database that the app reaches through a TcpProxy (so a test can cut it), an app server for it, and `close` for the end. */
async function databaseBehindProxy(label: string) {
	const database = await freshDatabase(label);
	const target = new URL(adminUrl);
	const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
	await proxy.open();
	const viaProxy = new URL(database.url);
	viaProxy.hostname = '127.0.0.1';
	viaProxy.port = String(proxy.port);
	const server = new FaultServer(await freePort(), viaProxy.toString());
	const close = async () => {
		await server.stop();
		await proxy.cut();
		await database.drop();
	};
	return { database, proxy, server, close };
}

async function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
	const context = await browser.newContext({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, locale: 'nl-NL', baseURL });
	context.setDefaultTimeout(20_000);
	return context;
}

async function addSkill(page: Page, query: string, skill: string): Promise<void> {
	await page.getByLabel('Zoek een skill').fill(query);
	await page.getByRole('button', { name: `Voeg ${skill} toe` }).click();
	await expect(page.locator('.claims').getByText(skill, { exact: true })).toBeVisible();
}

async function portfolioOf(sql: postgres.Sql, email: string): Promise<string> {
	const [row] = await sql<{ id: string }[]>`select p.id from portfolio p join app_user u on u.id = p.owner_id where u.email = ${email}`;
	return row.id;
}

async function skillRows(sql: postgres.Sql, portfolioId: string) {
	return sql<{ skill_id: string }[]>`select skill_id from skill_claim where portfolio_id = ${portfolioId} and deleted_at is null`;
}

test.describe('faults', () => {
	test('the server is killed in the middle of a push and restarted: every edit arrives, exactly once', async ({ browser }) => {
		test.setTimeout(150_000);
		const database = await freshDatabase('kill');
		const server = new FaultServer(await freePort(), database.url.toString());
		const contexts: BrowserContext[] = [];
		let release = () => {};
		try {
			await server.start();
			const context = await phoneContext(browser, server.origin);
			contexts.push(context);
			const page = await context.newPage();
			const account = await registerResident(page);
			await page.goto('/mijn/skills');
			const status = page.getByRole('status').filter({ hasText: /opgeslagen|wacht|bereikbaar|Offline|Bezig/ });
			await expect(status).toContainText('Alles opgeslagen');
			const portfolioId = await portfolioOf(database.sql, account.email);
			// The app's code must be on the phone (precached by the service worker) before it goes offline.
			await readyForOffline(page);
			const [{ version: versionBefore }] = await database.sql<{ version: number }[]>`select version::int from portfolio_sync where portfolio_id = ${portfolioId}`;
			// What this phone pushed before (the name from registration goes into the paspoort as its first change).
			const [{ last: lastBefore } = { last: 0 }] = await database.sql<{ last: number }[]>`select coalesce(max(last_mutation_id), 0)::int as last from sync_client where portfolio_id = ${portfolioId}`;

			await context.setOffline(true);
			await addSkill(page, 'heftruk', 'Heftruck rijden');
			await addSkill(page, 'excel', 'Werken met Excel');
			await addSkill(page, 'vca', 'Veilig werken (VCA)');
			await expect(status).toContainText('3 wijzigingen wachten op verbinding');

			// 'before': the push never reaches the server, which dies. 'after': the server applies the push and
			// dies before its answer is sent. Between and after, pushes go wherever the network takes them.
			let phase: 'before' | 'down' | 'after' | 'pass' = 'before';
			let pushesSeen = 0;
			let killedBefore!: () => void;
			let killedAfter!: () => void;
			let restarted!: () => void;
			const before = new Promise<void>((r) => (killedBefore = r));
			const after = new Promise<void>((r) => (killedAfter = r));
			const up = new Promise<void>((r) => (restarted = r));
			release = restarted;
			let appliedStatus = 0;
			// On the context, so the push is caught whether or not the service worker passes it on.
			await context.route('**/api/sync/push', async (route) => {
				pushesSeen++;
				if (phase === 'before') {
					phase = 'down';
					await server.kill();
					await route.abort('connectionreset');
					killedBefore();
				} else if (phase === 'after') {
					// A retry while the server starts waits for it, so the kill cannot race the start.
					await up;
					if (phase !== 'after') return route.continue();
					phase = 'down';
					appliedStatus = (await route.fetch()).status();
					await server.kill();
					await route.abort('connectionreset');
					killedAfter();
				} else {
					await route.continue();
				}
			});

			await context.setOffline(false);
			await before;
			await expect(status).toContainText('3 wijzigingen nog niet opgeslagen');
			await expect(status).toContainText('Server niet bereikbaar');
			await expect(status).toContainText('Je wijzigingen blijven op dit apparaat.');
			await expectNoA11yViolations(page);

			phase = 'after';
			await server.start();
			restarted();
			await after;
			expect(appliedStatus).toBe(200);
			// Applied on the server, but the phone never heard: it still holds all three.
			await expect(status).toContainText('3 wijzigingen nog niet opgeslagen');
			const [{ n: appliedWhileDown }] = await database.sql<{ n: number }[]>`select count(*)::int as n from skill_claim where portfolio_id = ${portfolioId}`;
			expect(appliedWhileDown).toBe(3);

			phase = 'pass';
			await server.start();
			// The backoff retries on its own; the same three mutations go again and are recognised.
			await expect(status).toContainText('Alles opgeslagen', { timeout: 60_000 });
			expect(pushesSeen).toBeGreaterThanOrEqual(3);

			const rows = await skillRows(database.sql, portfolioId);
			expect(rows).toHaveLength(3);
			expect(new Set(rows.map((r) => r.skill_id)).size).toBe(3);
			const [{ version: versionAfter }] = await database.sql<{ version: number }[]>`select version::int from portfolio_sync where portfolio_id = ${portfolioId}`;
			expect(versionAfter - versionBefore).toBe(1);
			const clients = await database.sql<{ last: number }[]>`select last_mutation_id::int as last from sync_client where portfolio_id = ${portfolioId} and last_mutation_id > 0`;
			expect(clients).toEqual([{ last: lastBefore + 3 }]);

			// The resident's other device pulls exactly these three.
			const other = await phoneContext(browser, server.origin);
			contexts.push(other);
			const otherPage = await other.newPage();
			await signIn(otherPage, account);
			await otherPage.goto('/mijn/skills');
			await expect(otherPage.getByRole('heading', { name: 'Mijn skills (3)' })).toBeVisible();
			for (const skill of ['Heftruck rijden', 'Werken met Excel', 'Veilig werken (VCA)']) {
				await expect(otherPage.locator('.claims').getByText(skill, { exact: true })).toHaveCount(1);
			}
		} finally {
			release();
			for (const context of contexts) {
				await context.unrouteAll({ behavior: 'ignoreErrors' });
				await context.close();
			}
			await server.stop();
			await database.drop();
		}
	});

	test('the database is unreachable for a while: the app says so, and recovers without a restart', async ({ browser }) => {
		test.setTimeout(150_000);
		const { database, proxy, server, close } = await databaseBehindProxy('db');
		const contexts: BrowserContext[] = [];
		try {
			await server.start();
			const residentContext = await phoneContext(browser, server.origin);
			const adviserContext = await phoneContext(browser, server.origin);
			const visitorContext = await phoneContext(browser, server.origin);
			contexts.push(residentContext, adviserContext, visitorContext);

			const resident = await residentContext.newPage();
			const account = await registerResident(resident);
			await resident.goto('/mijn/skills');
			const status = resident.getByRole('status').filter({ hasText: /opgeslagen|wacht|bereikbaar|Offline|Bezig/ });
			await expect(status).toContainText('Alles opgeslagen');

			const adviser = await adviserContext.newPage();
			await signIn(adviser, DEMO.adviseur);
			await adviser.goto('/adviseur');
			await expect(adviser.getByRole('heading', { level: 1, name: 'Mijn inwoners' })).toBeVisible();
			const visitor = await visitorContext.newPage();
			await visitor.goto('/inloggen');

			await proxy.cut();

			// Monitoring and load balancers: 503, quickly.
			const health = await fetch(`${server.origin.replace('localhost', '127.0.0.1')}/api/health`);
			expect(health.status).toBe(503);

			// The resident keeps working; the change waits on the phone, and the indicator says why.
			await addSkill(resident, 'routes', 'Routes plannen');
			await expect(status).toContainText('1 wijziging nog niet opgeslagen');
			await expect(status).toContainText('Server niet bereikbaar');
			await expect(status).toContainText('Je wijzigingen blijven op dit apparaat.');

			// Staff: a plain page in Dutch with 503, no stack trace.
			const response = await adviser.reload();
			expect(response?.status()).toBe(503);
			expect(response?.headers()['retry-after']).toBe('30');
			await expect(adviser.getByRole('heading', { level: 1, name: 'Tijdelijk niet beschikbaar' })).toBeVisible();
			await expect(adviser.getByText('Probeer het over een paar minuten opnieuw.')).toBeVisible();
			const html = await adviser.content();
			expect(html).not.toMatch(/ECONNREFUSED|CONNECTION_|node_modules|\bat \S+ \(|Internal Error/);
			await expectNoA11yViolations(adviser);

			// A page that fails while loading (no session to check first) gets the same message from +error.svelte.
			await visitor.getByLabel('E-mailadres').fill(DEMO.inwoner.email);
			await visitor.getByLabel('Wachtwoord').fill(DEMO.inwoner.password);
			const signInAnswer = visitor.waitForResponse((r) => r.url().includes('/inloggen') && r.request().method() === 'POST');
			await visitor.getByRole('button', { name: 'Inloggen' }).click();
			expect((await signInAnswer).status()).toBe(503);
			await expect(visitor.getByRole('heading', { level: 1, name: 'Tijdelijk niet beschikbaar' })).toBeVisible();
			await expect(visitor.getByRole('link', { name: 'Opnieuw proberen' })).toBeVisible();
			await expectNoA11yViolations(visitor);

			await proxy.open();
			// postgres.js reconnects by itself: same process, no restart.
			await expect.poll(async () => (await fetch(`${server.origin.replace('localhost', '127.0.0.1')}/api/health`)).status, { timeout: 20_000 }).toBe(200);
			expect(server.process?.exitCode).toBeNull();
			await expect(status).toContainText('Alles opgeslagen', { timeout: 60_000 });
			const rows = await skillRows(database.sql, await portfolioOf(database.sql, account.email));
			expect(rows).toHaveLength(1);

			expect(server.process?.exitCode ?? server.process?.signalCode ?? null, server.log.join('')).toBeNull();
			const back = await adviser.reload();
			expect(back?.status()).toBe(200);
			await expect(adviser.getByRole('heading', { level: 1, name: 'Mijn inwoners' })).toBeVisible();
		} finally {
			for (const context of contexts) await context.close();
			await close();
		}
	});

	test('a server started while the database is down waits for it, and serves once it is back', async ({ browser }) => {
		test.setTimeout(90_000);
		const { proxy, server, close } = await databaseBehindProxy('late');
		// The proxy keeps its port with nothing behind it: the database is not there when the app starts.
		await proxy.cut();
		const contexts: BrowserContext[] = [];
		try {
			const starting = server.start();
			await expect.poll(() => server.log.join(''), { timeout: 20_000 }).toContain('[db] not reachable at start; trying again');
			expect(server.process?.exitCode).toBeNull();

			await proxy.open();
			await starting;
			const context = await phoneContext(browser, server.origin);
			contexts.push(context);
			const page = await context.newPage();
			await signIn(page, DEMO.inwoner);
			await expect(page).toHaveURL(/\/mijn$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Sanne Demo');
		} finally {
			for (const context of contexts) await context.close();
			await close();
		}
	});
});
