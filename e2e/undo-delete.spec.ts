import { type APIRequestContext } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, registerResident, signIn, test } from './support';

/** A paspoort pushed through the sync API the way a device would. */
async function seedPaspoort(request: APIRequestContext, skills: string[]): Promise<void> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { portfolioId } = (await pull.json()) as { portfolioId: string };
	const mutations = [
		...skills.map((skillId) => ({ entity: 'skillClaim', entityId: crypto.randomUUID(), op: 'create', patch: { skillId, level: 3, source: 'zelf' } })),
		{ entity: 'workExperience', entityId: crypto.randomUUID(), op: 'create', patch: { title: 'Lasser', employer: 'Staalbouw Enschede' } }
	].map((m, i) => ({ ...m, mutationId: i + 1, baseVersion: 0 }));
	const push = await request.post('/api/sync/push', { data: { clientId: crypto.randomUUID(), portfolioId, mutations } });
	expect(push.ok(), await push.text()).toBe(true);
}

/** The skills the server keeps for this resident (deleted ones are tombstones). */
async function serverSkills(request: APIRequestContext): Promise<string[]> {
	const pull = await request.get('/api/sync/pull?since=0');
	const { records } = (await pull.json()) as { records: { entity: string; deleted: boolean; data: { skillId?: string } | null }[] };
	return records.filter((r) => r.entity === 'skillClaim' && !r.deleted).map((r) => r.data!.skillId!);
}

test('deleting a skill asks nothing, says what was removed and can be undone; without undo it stays gone', async ({ page }) => {
	test.setTimeout(120_000);
	await registerResident(page, `Undo Inwoner ${Date.now()}`);
	await seedPaspoort(page.request, ['mig-mag-lassen', 'tig-lassen']);

	await page.goto('/mijn/skills');
	const remove = page.getByRole('button', { name: 'Verwijder MIG/MAG-lassen' });
	await expect(remove).toBeVisible({ timeout: 20_000 });

	// With the keyboard: the delete button goes, focus lands on "Ongedaan maken".
	await remove.focus();
	await page.keyboard.press('Enter');
	const toast = page.getByRole('status').filter({ hasText: 'verwijderd' });
	await expect(toast).toContainText('Skill ‘MIG/MAG-lassen’ is verwijderd.');
	await expect(remove).toHaveCount(0);
	const undo = page.getByRole('button', { name: 'Ongedaan maken' });
	await expect(undo).toBeFocused();
	await expectNoA11yViolations(page);
	await page.screenshot({ path: test.info().outputPath('undo-toast.png') });
	await page.keyboard.press('Enter');
	await expect(remove).toBeVisible();
	await expect(undo).toHaveCount(0);
	await expect(page.getByText('Alles opgeslagen')).toBeVisible({ timeout: 20_000 });
	await page.reload();
	await expect(remove).toBeVisible({ timeout: 20_000 });
	await expect.poll(() => serverSkills(page.request)).toContain('mig-mag-lassen');

	// Without undo: gone on this device and on the server.
	await remove.click();
	await expect(toast).toContainText('Skill ‘MIG/MAG-lassen’ is verwijderd.');
	await expect(page.getByText('Alles opgeslagen')).toBeVisible({ timeout: 20_000 });
	await page.reload();
	await expect(page.getByRole('button', { name: 'Verwijder TIG-lassen' })).toBeVisible({ timeout: 20_000 });
	await expect(remove).toHaveCount(0);
	await expect.poll(() => serverSkills(page.request)).toEqual(['tig-lassen']);

	// Werkervaring too: the toast names the kind and the title.
	await page.goto('/mijn/ervaring');
	await page.getByRole('button', { name: 'Verwijder Lasser' }).click();
	await expect(toast).toContainText('Werkervaring ‘Lasser’ is verwijderd.');
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page.getByRole('button', { name: 'Verwijder Lasser' })).toBeVisible();
});

test('the access log shows one line per visit: who, which day, the sections seen', async ({ page, browser, baseURL }) => {
	test.setTimeout(120_000);
	const name = `Log Inwoner ${Date.now()}`;
	await registerResident(page, name);
	await seedPaspoort(page.request, ['mig-mag-lassen']);
	await page.goto('/mijn/delen/gesprek');
	await page.getByRole('button', { name: 'Maak een code' }).click();
	const code = (await page.locator('.code__value').textContent())!;

	const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
	const adviser = await context.newPage();
	await signIn(adviser, DEMO.adviseur);
	await adviser.goto('/adviseur');
	await adviser.getByRole('textbox', { name: 'Code' }).fill(code);
	await adviser.getByRole('button', { name: 'Open het paspoort' }).click();
	await expect(adviser.getByRole('heading', { level: 1, name })).toBeVisible();
	// Three page loads, each reading every shared section.
	await adviser.reload();
	await adviser.reload();
	await expect(adviser.getByRole('heading', { level: 1, name })).toBeVisible();
	await context.close();

	await page.goto('/mijn/delen');
	const log = page.getByRole('table', { name: 'Wie bekeek wat, wanneer' });
	await expect(log).toBeVisible();
	const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date());
	const rows = page.getByTestId('access-visit');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('Adviseur Demo');
	await expect(rows.first()).toContainText('Skills, Werkervaring');
	await expect(rows.first()).toContainText(today);
	await expectNoA11yViolations(page);
	await page.screenshot({ path: test.info().outputPath('access-log.png'), fullPage: true });
});
