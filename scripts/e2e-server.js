// Serves the production build for Playwright on a database of its own: a fresh PostgreSQL database
// next to DATABASE_URL (dropped afterwards), or a fresh PGlite directory. Demo accounts are seeded.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

const port = process.env.PORT ?? '4173';
const env = { ...process.env, PORT: port, ORIGIN: `http://localhost:${port}`, SEED_DEMO: '1' };
let cleanup = async () => {};

if (process.env.DATABASE_URL) {
	const name = `tp_e2e_${Date.now()}`;
	const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
	// Databases of runs that were killed before they could clean up (older than two hours, so a run
	// going on next to this one keeps its own).
	const stale = await admin`select datname from pg_database where datname like 'tp\_e2e\_%'`;
	for (const { datname } of stale) {
		const started = Number(datname.slice('tp_e2e_'.length));
		if (Number.isFinite(started) && started < Date.now() - 2 * 60 * 60 * 1000) {
			await admin.unsafe(`drop database if exists "${datname}" with (force)`);
		}
	}
	await admin.unsafe(`create database "${name}"`);
	const url = new URL(process.env.DATABASE_URL);
	url.pathname = `/${name}`;
	env.DATABASE_URL = url.toString();
	cleanup = async () => {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.end();
	};
} else {
	const dir = mkdtempSync(join(tmpdir(), 'tp-e2e-'));
	env.DATA_DIR = dir;
	cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

const server = spawn(process.execPath, ['build'], { env, stdio: 'inherit' });
let stopping = false;
async function stop() {
	if (stopping) return;
	stopping = true;
	server.kill('SIGTERM');
	// The server's database pool can keep it alive; Playwright gives this script 10 s before it kills
	// it, and the database must be dropped before then.
	const exited = new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
	const timer = setTimeout(() => server.kill('SIGKILL'), 3000);
	await exited;
	clearTimeout(timer);
	await cleanup();
	process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
	if (!stopping) cleanup().then(() => process.exit(code ?? 1));
});
