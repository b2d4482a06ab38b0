/**
 * Alerts: a resident follows a search, offline too; a new offer that passes it reaches the device
 * at its next sync and shows under the followed search as new; the weekly job tells the resident by mail
 * without naming the offer. The test runs its own server on a database of its own, so it can publish to the
 * catalogue and run the weekly job the way the app's timer does, without changing what other tests see.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { DEMO_OFFERS } from '../src/lib/data/catalogue';
import { saveCatalogueItem } from '../src/lib/server/catalogue/editor';
import { openDatabase, type DbHandle } from '../src/lib/server/db/client';
import { followedSearch } from '../src/lib/server/db/schema';
import { startQueue, type JobQueue } from '../src/lib/server/jobs/queue';
import { OFFER_ALERTS_QUEUE } from '../src/lib/server/notify/offer-alerts';
import { AppServer } from '../scripts/lib/app-server';
import { freshDatabase, type FreshDatabase } from '../scripts/lib/database';
import { freePort } from '../scripts/lib/free-port';
import { appReady, expect, expectNoA11yViolations, readyForOffline, test, watchPageErrors } from './support';
import { registerResident, seedWelderPaspoort } from './support-aanbod';
import { linkTo, linksIn, mailTo, SMTP_PORT } from './support-mail';

const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

test.describe('followed searches', () => {
	let database: FreshDatabase | undefined;
	let handle: DbHandle | undefined;
	let queue: JobQueue | undefined;
	let server: AppServer | undefined;

	test.afterAll(async () => {
		await queue?.stop();
		await server?.stop();
		await handle?.close();
		await database?.drop();
	});

	test('a resident follows a search offline; a new matching offer shows as new after sync, and the weekly mail says only that there is news', async ({ browser }) => {
		test.setTimeout(240_000);
		database = await freshDatabase('tp_volgen', { baseUrl });
		handle = await openDatabase({ url: database.url });
		const port = await freePort();
		server = new AppServer({
			port,
			databaseUrl: database.url,
			origin: `http://localhost:${port}`,
			seed: true,
			output: 'ignore',
			env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, MAIL_FROM: 'Talentpaspoort Twente <noreply@talentpaspoort.test>', JOB_POLL_SECONDS: '0.5' }
		});
		await server.start();

		const context = watchPageErrors(await browser.newContext({ baseURL: server.origin, viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true, hasTouch: true }));
		const page = await context.newPage();
		const account = await registerResident(page, 'Volgen Inwoner');
		const check = await mailTo(account.email, (m) => m.subject === 'Bevestig je e-mailadres');
		await page.goto(linkTo(check, '/e-mail-bevestigen/'));
		await page.getByRole('button', { name: 'Ja, dit is mijn e-mailadres' }).click();
		await expect(page.locator('.alert[role="status"]')).toContainText('is bevestigd');
		await seedWelderPaspoort(page.request);

		await page.goto('/mijn/aanbod');
		await appReady(page);
		const results = page.getByRole('listitem').filter({ has: page.getByRole('article') });
		await expect(results.first()).toBeVisible();
		await readyForOffline(page);

		// Offline: the follow is kept on the device.
		await context.setOffline(true);
		await page.getByText('Volg deze zoekopdracht').click();
		await page.getByLabel('Naam van de zoekopdracht').fill('Lassen in Twente');
		await page.getByLabel('Hoe goed moet het passen?').selectOption({ label: 'Redelijk: score 40 of meer' });
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Volgen', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Je volgt deze zoekopdracht nu.' })).toBeVisible();
		await page.screenshot({ path: test.info().outputPath('volgen-aanbod.png') });
		await page.getByRole('status').getByRole('link', { name: 'Gevolgde zoekopdrachten' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Gevolgde zoekopdrachten' })).toBeVisible();
		const search = page.getByRole('region', { name: 'Lassen in Twente' });
		await expect(search).toContainText('Lijst: Vacatures die bij je passen');
		await expect(search).toContainText('Past: 40 van 100 of meer');
		await expect(search).toContainText('Nog niets nieuws.');
		await expectNoA11yViolations(page);

		// Online again: it syncs to the server.
		await context.setOffline(false);
		await expect(page.getByText('Alles opgeslagen')).toBeVisible({ timeout: 30_000 });
		const live = () => handle!.db.select().from(followedSearch).where(and(eq(followedSearch.name, 'Lassen in Twente'), isNull(followedSearch.deletedAt)));
		await expect.poll(async () => (await live()).length, { timeout: 20_000 }).toBe(1);
		const [stored] = await live();
		expect(stored).toMatchObject({ list: 'vacatures', minFit: 40, newOfferIds: [] });

		// The catalogue gets a new welding job, as the beheerder's editor saves it.
		const template = DEMO_OFFERS.find((o) => o.id === 'vac-lasser-1')!;
		const saved = await saveCatalogueItem(handle.db, 'offer', { ...template, id: 'vac-lasser-volgen', title: 'Lasser nachtdienst (32 uur)' }, null);
		expect(saved).toEqual({ ok: true, id: 'vac-lasser-volgen' });

		// The resident's next sync (a reload starts one) brings it; the device finds it new under the search.
		await page.reload();
		await expect(search.getByText('1 nieuw')).toBeVisible({ timeout: 30_000 });
		await expect(search.getByRole('link', { name: 'Lasser nachtdienst (32 uur)' })).toBeVisible();
		await expectNoA11yViolations(page);
		await page.screenshot({ path: test.info().outputPath('volgen-gevolgd.png'), fullPage: true });
		await expect.poll(async () => (await live())[0]?.newOfferIds, { timeout: 20_000 }).toEqual(['vac-lasser-volgen']);

		// The weekly job, as the app's timer sends it: one mail that says there is news, not what.
		queue = await startQueue(handle, { supervise: false });
		await queue.send(OFFER_ALERTS_QUEUE, {}, { singletonKey: OFFER_ALERTS_QUEUE });
		const mail = await mailTo(account.email, (m) => m.subject === 'Er is iets nieuws in je Talentpaspoort', 30_000);
		expect(mail.text).toContain('Er is nieuw aanbod dat bij je past.');
		for (const part of [mail.text ?? '', String(mail.html)]) {
			expect(part).not.toContain('Lasser');
			expect(part).not.toContain('Lassen in Twente');
		}
		expect(linksIn(mail)).toContain(`${server.origin}/inloggen?redirectTo=${encodeURIComponent('/mijn/aanbod/gevolgd')}`);

		// Seen: nothing new any more. Stopping can be undone.
		await search.getByRole('button', { name: 'Gezien: Lassen in Twente' }).click();
		await expect(search).toContainText('Nog niets nieuws.');
		await search.getByRole('button', { name: 'Niet meer volgen: Lassen in Twente' }).click();
		await expect(page.getByText('Je volgt ‘Lassen in Twente’ niet meer.')).toBeVisible();
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(page.getByRole('region', { name: 'Lassen in Twente' })).toBeVisible();
		await context.close();
	});
});
