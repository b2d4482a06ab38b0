import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './auth/accounts';
import { loadSessionUser } from './auth/session';
import type { DbHandle } from './db/client';
import { organisation, portfolio, user } from './db/schema';
import { openTestDatabase } from './db/testing';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, seedDemo } from './seed';
import { pullChanges } from './sync/pull';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('demo seed', () => {
	it('creates a working account for every role, and changes nothing the second time', async () => {
		const first = await seedDemo(handle.db);
		expect(first.created).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
		for (const account of DEMO_ACCOUNTS) {
			const result = await signIn(handle.db, { email: account.email, password: account.password, ip: '127.0.0.1' });
			expect(result.ok).toBe(true);
			if (result.ok) expect((await loadSessionUser(handle.db, result.userId))?.roles).toEqual(account.roles);
		}
		const second = await seedDemo(handle.db);
		expect(second.created).toEqual([]);
		expect(await handle.db.select().from(user)).toHaveLength(DEMO_ACCOUNTS.length);
		expect(await handle.db.select().from(organisation)).toHaveLength(DEMO_ORGANISATIONS.length);
	});

	it("gives the demo resident a filled paspoort that a device pulls like any other change", async () => {
		await seedDemo(handle.db);
		const [resident] = await handle.db.select({ id: portfolio.id }).from(portfolio);
		const pulled = await pullChanges(handle.db, { portfolioId: resident!.id, since: 0, limit: 100 });
		const count = (entity: string) => pulled.records.filter((r) => r.entity === entity && !r.deleted).length;
		expect(pulled.records.find((r) => r.entity === 'profile')?.data).toMatchObject({ displayName: 'Sanne Demo', woonplaats: 'enschede', situation: 'werkend' });
		expect([count('workExperience'), count('skillClaim'), count('education'), count('certificate'), count('language')]).toEqual([2, 10, 1, 1, 2]);
		// Seeding again adds nothing.
		await seedDemo(handle.db);
		expect((await pullChanges(handle.db, { portfolioId: resident!.id, since: 0, limit: 100 })).records).toHaveLength(pulled.records.length);
	});
});
