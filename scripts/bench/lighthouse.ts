/**
 * Lighthouse figures (docs/operations.md, "Performance budgets"): the production build in ./build is served
 * by scripts/e2e-server.ts on a free port with a database of its own (a fresh PostgreSQL database next to
 * BENCH_DATABASE_URL / DATABASE_URL, else a fresh PGlite directory) seeded with the demo accounts.
 * Lighthouse's default config (mobile form factor, simulated throttling, performance category) runs in
 * /usr/bin/chromium on the landing page, sign-in, the resident home and the paspoort, signed in as the
 * demo resident for the last two. Per page: performance score (and its metrics); first-load JS, gzip: the
 * client entry plus the static imports of the route's layouts and page (the budget's figure; see
 * firstLoadJsKb); and all JS the page loaded during the run, lazily imported chunks included, as gzip and
 * as transferred (the server sends precompressed brotli).
 *
 * The floor: a bare SvelteKit page (scripts/bench/floor) built with the app's svelte.config.js and PWA
 * set-up, served by its own adapter-node build and measured the same way.
 *
 * BENCH_LIGHTHOUSE_REPORTS=<dir> keeps the full Lighthouse reports as JSON.
 *
 * Run `npm run build` first; the build is not made here because ./build is shared with the e2e runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import type { Figure } from './sync';
import { freePort } from '../lib/free-port';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RESIDENT = { email: 'inwoner@demo.talentpaspoort.nl', password: 'Demo-inwoner-2026' };
// Read now: the sync bench points DATABASE_URL at a database of its own and drops it afterwards.
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;

export const BUDGET = { performance: 95, residentJsKb: 120 } as const;

interface PageFigures {
	performance: number;
	jsTransferredKb: number;
	jsGzipKb: number;
	scripts: number;
	/** FCP, LCP, TBT, CLS and Speed Index as Lighthouse displays them. */
	metrics: string;
}

interface Page {
	name: string;
	path: string;
	resident: boolean;
}

const PAGES: Page[] = [
	{ name: 'landing /', path: '/', resident: false },
	{ name: 'sign-in /inloggen', path: '/inloggen', resident: false },
	{ name: 'resident home /mijn', path: '/mijn', resident: true },
	{ name: 'paspoort /mijn/skills', path: '/mijn/skills', resident: true }
];

export async function benchLighthouse(): Promise<Figure[]> {
	const build = join(ROOT, 'build');
	if (!existsSync(join(build, 'handler.js'))) throw new Error('No production build in ./build: run `npm run build` first.');
	const builtAt = statSync(join(build, 'handler.js')).mtime;
	console.log(`\nlighthouse: production build of ${builtAt.toISOString()}, Chromium ${CHROME}, mobile preset`);

	const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
	const figures: Figure[] = [];
	try {
		const app = await serve(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/e2e-server.ts')], ROOT, { ...(DATABASE_URL ? { DATABASE_URL } : { DATABASE_URL: '' }) });
		try {
			const cookie = await signIn(app.origin, RESIDENT);
			for (const page of PAGES) {
				const f = await measure(chrome.port, app.origin + page.path, join(build, 'client'), page.resident ? cookie : undefined);
				figures.push(
					{ name: `${page.name}: performance`, value: String(f.performance), budget: `≥ ${BUDGET.performance}`, ok: f.performance >= BUDGET.performance },
					firstLoadFigure(page.name, firstLoadJsKb(build, page.path), page.resident),
					{ name: `${page.name}: all JS loaded, gzip (${f.scripts} files)`, value: `${f.jsGzipKb.toFixed(1)} KB`, budget: '-', ok: null },
					{ name: `${page.name}: all JS transferred (br)`, value: `${f.jsTransferredKb.toFixed(1)} KB`, budget: '-', ok: null }
				);
				console.log(`  ${page.name}: ${f.metrics}`);
			}
		} finally {
			await app.stop();
		}

		const floor = await buildFloor();
		try {
			const server = await serve(process.execPath, ['build'], floor, {});
			try {
				const f = await measure(chrome.port, server.origin + '/', join(floor, 'build/client'));
				figures.push(
					{ name: 'floor (bare SvelteKit page): performance', value: String(f.performance), budget: '-', ok: null },
					firstLoadFigure('floor (bare SvelteKit page)', firstLoadJsKb(join(floor, 'build'), '/'), false),
					{ name: `floor (bare SvelteKit page): all JS loaded, gzip (${f.scripts} files)`, value: `${f.jsGzipKb.toFixed(1)} KB`, budget: '-', ok: null },
					{ name: 'floor (bare SvelteKit page): all JS transferred (br)', value: `${f.jsTransferredKb.toFixed(1)} KB`, budget: '-', ok: null }
				);
			} finally {
				await server.stop();
			}
		} finally {
			rmSync(floor, { recursive: true, force: true });
		}
	} finally {
		chrome.kill();
	}
	return figures;
}

function firstLoadFigure(name: string, kb: number, resident: boolean): Figure {
	return {
		name: `${name}: first-load JS, gzip`,
		value: `${kb.toFixed(1)} KB`,
		budget: resident ? `≤ ${BUDGET.residentJsKb} KB` : '-',
		ok: resident ? kb <= BUDGET.residentJsKb : null
	};
}

/** Runs per page (BENCH_LIGHTHOUSE_RUNS, default 3); the run with the median score is reported, as Lighthouse advises. */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

async function measure(port: number, url: string, clientDir: string, cookie?: string): Promise<PageFigures> {
	const runs: PageFigures[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await measureWithRetry(port, url, clientDir, cookie));
	runs.sort((a, b) => a.performance - b.performance);
	const median = runs[Math.floor((runs.length - 1) / 2)]!;
	return { ...median, metrics: `${median.metrics} (median of ${runs.length}: ${runs.map((r) => r.performance).join(', ')})` };
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART and the like); such a run is repeated, twice at most. */
async function measureWithRetry(port: number, url: string, clientDir: string, cookie?: string): Promise<PageFigures> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await measureOnce(port, url, clientDir, cookie);
		} catch (error) {
			if (!(error instanceof LighthouseRunError) || attempt === 3) throw error;
			console.log(`  ${error.message}; running it again`);
		}
	}
}

class LighthouseRunError extends Error {}

/** One Lighthouse run; the JS figures cover every script the page loaded (same origin), as served and as gzip. */
async function measureOnce(port: number, url: string, clientDir: string, cookie?: string): Promise<PageFigures> {
	await setCookies(port, url, cookie);
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance'],
		// Lighthouse resets storage but keeps cookies: the session cookie is set in the browser beforehand.
		disableStorageReset: false
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	// BENCH_LIGHTHOUSE_REPORTS=<dir> keeps each full report, to see what an over-budget figure is made of.
	const reports = process.env.BENCH_LIGHTHOUSE_REPORTS;
	if (reports) writeFileSync(join(reports, `${new URL(url).pathname.replace(/\W+/g, '_') || 'root'}-${new URL(url).port}.json`), JSON.stringify(lhr));
	if (lhr.runtimeError) throw new LighthouseRunError(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
	const finalUrl = lhr.finalDisplayedUrl;
	if (new URL(finalUrl).pathname !== new URL(url).pathname) throw new Error(`Lighthouse on ${url} ended on ${finalUrl} (not signed in?)`);
	const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url: string; resourceType?: string; transferSize?: number }> } | undefined)?.items ?? [];
	const origin = new URL(url).origin;
	const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(origin));
	let transferred = 0;
	let gzip = 0;
	for (const s of scripts) {
		transferred += s.transferSize ?? 0;
		const file = join(clientDir, new URL(s.url).pathname);
		gzip += existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : (s.transferSize ?? 0);
	}
	return {
		performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
		jsTransferredKb: transferred / 1024,
		jsGzipKb: gzip / 1024,
		scripts: scripts.length,
		metrics: Object.entries({ FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', SI: 'speed-index' })
			.map(([short, id]) => `${short} ${lhr.audits[id]?.displayValue ?? '?'}`)
			.join(', ')
	};
}

/** Replaces the browser's cookies for the page's origin with `cookie` (none: signed out). */
async function setCookies(port: number, url: string, cookie: string | undefined): Promise<void> {
	const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
	try {
		const { hostname } = new URL(url);
		await browser.deleteCookie(...(await browser.cookies()));
		const pairs = (cookie ?? '').split('; ').filter(Boolean);
		await browser.setCookie(
			...pairs.map((pair) => {
				const at = pair.indexOf('=');
				return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: hostname, path: '/' };
			})
		);
	} finally {
		await browser.disconnect();
	}
}

/** Signs in through the sign-in form's action, the way the browser posts it, and returns the session cookie. */
async function signIn(origin: string, account: { email: string; password: string }): Promise<string> {
	const response = await fetch(`${origin}/inloggen`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(account)
	});
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.join('; ');
	const home = await fetch(`${origin}/mijn`, { redirect: 'manual', headers: { cookie } });
	if (response.status !== 303 || home.status !== 200) throw new Error(`Sign-in as ${account.email} failed: HTTP ${response.status}, /mijn ${home.status}`);
	return cookie;
}

/** Starts a Node server on a free port and waits until it answers. */
async function serve(node: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ origin: string; stop: () => Promise<void> }> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), ORIGIN: origin };
	if (!childEnv.DATABASE_URL) delete childEnv.DATABASE_URL;
	const child: ChildProcess = spawn(node, args, { cwd, env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] });
	const stop = async () => {
		if (child.exitCode !== null) return;
		child.kill('SIGTERM');
		await new Promise((done) => child.once('exit', done));
	};
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
		try {
			if ((await fetch(origin + '/', { redirect: 'manual' })).status < 500) return { origin, stop };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	await stop();
	throw new Error(`${args.join(' ')} did not answer on ${origin}`);
}

/** Builds scripts/bench/floor in a temporary project with the app's svelte.config.js and PWA options. */
async function buildFloor(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'tp-floor-'));
	cpSync(join(ROOT, 'scripts/bench/floor/src'), join(dir, 'src'), { recursive: true });
	// The components are kept as .tmpl so the app's lint and type check leave them alone.
	for (const name of ['+layout.svelte', '+page.svelte']) renameSync(join(dir, 'src/routes', `${name}.tmpl`), join(dir, 'src/routes', name));
	cpSync(join(ROOT, 'svelte.config.js'), join(dir, 'svelte.config.js'));
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'tp-floor', private: true, type: 'module' }));
	writeFileSync(
		join(dir, 'vite.config.ts'),
		[
			`import { sveltekit } from '@sveltejs/kit/vite';`,
			`import { SvelteKitPWA } from '@vite-pwa/sveltekit';`,
			`import { defineConfig } from 'vite';`,
			`import { pwaOptions } from ${JSON.stringify(join(ROOT, 'vite.config.ts'))};`,
			`export default defineConfig({ plugins: [sveltekit(), SvelteKitPWA(pwaOptions)] });`
		].join('\n')
	);
	const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
	await new Promise<void>((done, fail) => {
		const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout!.on('data', (d) => (output += d));
		child.stderr!.on('data', (d) => (output += d));
		child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`floor build failed (${code}):\n${output}`))));
	});
	return dir;
}

/**
 * The JavaScript a page needs before it can render: the client entry and the static imports of the route's
 * layouts and page, as the server manifest of the build lists them (what SvelteKit modulepreloads). Lazily
 * imported chunks (sync engine, search, PDF, …) are not part of it.
 */
export function firstLoadJsKb(buildDir: string, path: string): number {
	const chunks = join(buildDir, 'server/chunks');
	const manifestFile = readdirSync(chunks).find((f) => /^manifest\.js-.*\.js$/.test(f));
	if (!manifestFile) throw new Error(`No server manifest in ${chunks}`);
	const manifest = readFileSync(join(chunks, manifestFile), 'utf8');
	const list = (text: string) => [...text.matchAll(/"([^"]+\.js)"/g)].map((m) => m[1]!);
	const files = new Set(list(/client: ?\{[^}]*?imports: ?\[([^\]]*)\]/.exec(manifest)?.[1] ?? ''));
	const route = [...manifest.matchAll(/id: "([^"]+)",\s*pattern: \/(.*)\/,[\s\S]*?page: \{ layouts: \[([^\]]*)\][^}]*?leaf: (\d+) \}/g)].find((m) =>
		new RegExp(m[2]!).test(path)
	);
	if (files.size === 0 || !route) throw new Error(`No client entry or route for ${path} in ${manifestFile}`);
	const nodes = [...route[3]!.split(',').filter(Boolean), route[4]!];
	const nodeDir = join(chunks, 'nodes');
	for (const node of nodes) {
		const file = readdirSync(nodeDir).find((f) => f.startsWith(`${node}.js-`) && f.endsWith('.js'));
		if (!file) throw new Error(`No server node ${node}`);
		const imports = /imports = \[([^\]]*)\]/.exec(readFileSync(join(nodeDir, file), 'utf8'))?.[1] ?? '';
		for (const f of list(imports)) files.add(f);
	}
	let bytes = 0;
	for (const f of files) bytes += gzipSync(readFileSync(join(buildDir, 'client', f)), { level: 9 }).length;
	return bytes / 1024;
}
