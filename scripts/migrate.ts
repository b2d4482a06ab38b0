// npm run db:migrate: applies the migrations in drizzle/ to DATABASE_URL and exits, as a release step
// before new app instances start (they would apply them too, but several at once would race).
import { openDatabase } from '../src/lib/server/db/client';

const url = process.env.DATABASE_URL;
if (!url) {
	console.error('DATABASE_URL is not set.');
	process.exit(1);
}
const handle = await openDatabase({ url });
await handle.close();
console.log('Migrations applied.');
