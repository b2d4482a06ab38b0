// npm run seed: the demo organisations and accounts, against DATABASE_URL or the embedded database.
import { resolve } from 'node:path';
import { openDatabase } from '../src/lib/server/db/client';
import { DEMO_ACCOUNTS, seedDemo } from '../src/lib/server/seed';

const handle = await openDatabase({
	url: process.env.DATABASE_URL || undefined,
	dataDir: resolve(process.env.DATA_DIR ?? '.data', 'pglite')
});
try {
	const { created } = await seedDemo(handle.db);
	console.log(created.length ? `Aangemaakt: ${created.join(', ')}` : 'Alle demo-accounts bestonden al.');
	for (const account of DEMO_ACCOUNTS) console.log(`  ${account.roles.join('/')}: ${account.email} / ${account.password}`);
} finally {
	await handle.close();
}
