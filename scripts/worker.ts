// npm run worker: the job queue's workers (mail) without the web server, for deployments whose web
// instances run with JOB_WORKERS=0. Uses DATABASE_URL (PostgreSQL; PGlite has one process only) and
// SMTP_URL. SIGTERM or SIGINT stops taking jobs, lets the running ones finish and exits.
import { database } from '../src/lib/server/db/index';
import { jobs, stopJobs } from '../src/lib/server/jobs/index';

if (!process.env.DATABASE_URL) {
	console.error('DATABASE_URL is not set.');
	process.exit(1);
}
process.env.JOB_WORKERS = '1';
await jobs();
console.log('[worker] taking jobs');

let stopping = false;
async function stop(signal: string) {
	if (stopping) return;
	stopping = true;
	console.log(`[worker] ${signal}: stopping`);
	await stopJobs();
	await (await database()).close();
	console.log('[worker] stopped');
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
