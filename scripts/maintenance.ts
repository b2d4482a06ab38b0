// npm run maintenance: the housekeeping every app instance also runs on its own timer (old tombstones, idle
// sessions, ended sign-in counters, expired gesprek codes), once, for a scheduler such as cron. Uses
// DATABASE_URL, else the embedded PGlite under DATA_DIR.
import { database } from '../src/lib/server/db/index';
import { describeMaintenance, runMaintenance } from '../src/lib/server/maintenance';

const handle = await database();
try {
	const result = await runMaintenance(handle.db);
	console.log(`Removed ${describeMaintenance(result)}.`);
} finally {
	await handle.close();
}
