// Serves the production build for Playwright on a database of its own: a fresh PostgreSQL database next to
// DATABASE_URL (dropped afterwards), or a fresh PGlite directory. Demo accounts are seeded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppServer } from './lib/app-server';
import { freshDatabase } from './lib/database';

const port = Number(process.env.PORT ?? 4173);
let cleanup = async () => {};
let databaseUrl: string | undefined;
const env: Record<string, string> = {};

if (process.env.DATABASE_URL) {
	const database = await freshDatabase('tp_e2e');
	databaseUrl = database.url;
	cleanup = () => database.drop();
} else {
	const dir = mkdtempSync(join(tmpdir(), 'tp-e2e-'));
	env.DATA_DIR = dir;
	cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

const server = new AppServer({ port, databaseUrl, env, output: 'inherit', readyTimeoutMs: 120_000 });
let stopping = false;
// Playwright gives this script 10 s after SIGTERM before it kills it, and the database must be dropped before then.
async function stop(code = 0) {
	if (stopping) return;
	stopping = true;
	await server.stop(3000);
	await cleanup();
	process.exit(code);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
try {
	await server.start();
} catch (error) {
	console.error(error);
	await stop(1);
}
server.process?.on('exit', (code) => void stop(code ?? 1));
