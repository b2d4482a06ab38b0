import { expect, expectNoA11yViolations, registerResident, test, uniqueEmail } from './support';
import { hostedAssertion } from './support-badges';
import { linkTo, mailTo } from './support-mail';

test('an employer confirms a skill through the mailed link; the resident gets a credential and shares its verification page', async ({ page, browser, baseURL }) => {
	await registerResident(page, 'Şükrü Yılmaz');
	await page.goto('/mijn/skills');
	const search = page.getByLabel('Zoek een skill');
	for (const [query, skill] of [
		['heftruk', 'Heftruck rijden'],
		['vca', 'Veilig werken (VCA)']
	]) {
		await search.fill(query);
		await page.getByRole('button', { name: `Voeg ${skill} toe` }).click();
		await expect(page.locator('.claims').getByText(skill, { exact: true })).toBeVisible();
	}

	// The resident asks someone outside the app, by mail.
	await page.goto('/mijn/credentials');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn bewijzen');
	await expect(page.getByText('Je hebt nog geen bewijzen.')).toBeVisible({ timeout: 20_000 });
	await expectNoA11yViolations(page);
	const validator = uniqueEmail('praktijkopleider');
	await page.getByRole('button', { name: 'Stuur de vraag' }).click();
	await expect(page.getByText('Vul een naam in.')).toBeVisible();
	await page.getByLabel('Naam van je werkgever of praktijkopleider').fill('Henk Bosch');
	await page.getByLabel('E-mailadres').fill(validator);
	await page.getByRole('checkbox', { name: 'Heftruck rijden' }).check();
	await page.getByRole('checkbox', { name: 'Veilig werken (VCA)' }).check();
	await page.getByRole('button', { name: 'Stuur de vraag' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De mail aan Henk Bosch is onderweg.' })).toBeVisible();
	await expect(page.getByText('Nog geen antwoord.')).toBeVisible();

	// The validator opens the link without an account and answers per skill.
	const mail = await mailTo(validator, (m) => m.subject === 'Şükrü Yılmaz vraagt je om vaardigheden te bevestigen');
	const link = linkTo(mail, '/bevestigen/');
	const outsider = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const other = await outsider.newPage();
	await other.goto(link);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Vaardigheden bevestigen');
	await expect(other.getByText('Şükrü Yılmaz vraagt je om te bevestigen')).toBeVisible();
	await expectNoA11yViolations(other);
	await other.getByLabel('Je functie').fill('Praktijkopleider');
	await other.getByRole('button', { name: 'Stuur mijn antwoord' }).click();
	await expect(other.getByText('Kies: bevestigen of niet bevestigen.').first()).toBeVisible();
	await other.getByRole('group', { name: /Heftruck rijden/ }).getByLabel('Ik bevestig dit', { exact: true }).check();
	await other.getByRole('group', { name: /Veilig werken/ }).getByLabel('Ik bevestig dit niet').check();
	await other.getByRole('button', { name: 'Stuur mijn antwoord' }).click();
	await expect(other.getByRole('status').filter({ hasText: 'Dank je wel. Je antwoord is opgeslagen (1 bevestigd).' })).toBeVisible();
	// The link works once.
	await other.goto(link);
	await expect(other.getByRole('alert')).toContainText('Deze link is al gebruikt.');

	// The resident sees the skill confirmed and a credential for it.
	await page.goto('/mijn/skills');
	const heftruck = page.locator('.claims li').filter({ hasText: 'Heftruck rijden' });
	await expect(heftruck.getByText('Bevestigd door adviseur of werkgever')).toBeVisible({ timeout: 20_000 });
	await expect(page.locator('.claims li').filter({ hasText: 'Veilig werken (VCA)' }).getByText('Bevestigd door adviseur of werkgever')).toHaveCount(0);
	await page.goto('/mijn/credentials');
	const card = page.locator('li.card').filter({ hasText: 'Heftruck rijden' }).filter({ hasText: 'Bevestigde vaardigheid' });
	await expect(card).toBeVisible();
	await expect(page.getByText('Beantwoord door Henk Bosch (Praktijkopleider): 1 bevestigd, 1 niet bevestigd.')).toBeVisible();
	await card.getByRole('button', { name: /Maak openbare link.*Heftruck rijden/ }).click();
	const publicLink = card.getByRole('link', { name: /\/verifieer\// });
	await expect(publicLink).toBeVisible();
	await expectNoA11yViolations(page);
	const path = new URL((await publicLink.getAttribute('href'))!, baseURL).pathname;

	// An anonymous visitor checks it: signature and status, and only this credential.
	await other.goto(path);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Bewijs controleren');
	await expect(other.getByRole('status').filter({ hasText: 'Echt: de handtekening klopt en het bewijs is niet ingetrokken.' })).toBeVisible();
	await expect(other.locator('dl.verify')).toContainText('Heftruck rijden');
	await expect(other.locator('dl.verify')).toContainText('Şükrü Yılmaz');
	await expect(other.locator('dl.verify')).toContainText('Talentpaspoort Twente');
	await expect(other.locator('dl.verify')).toContainText('Henk Bosch (Praktijkopleider)');
	await expect(other.locator('main')).not.toContainText('Veilig werken');
	await expectNoA11yViolations(other);

	// Withdrawn: the page is gone.
	await card.getByRole('button', { name: /Trek link in.*Heftruck rijden/ }).click();
	await expect(card.getByText('Geen openbare link.')).toBeVisible();
	const gone = await other.goto(path);
	expect(gone?.status()).toBe(404);

	// The CV's own page: one link for the QR code, listing every credential with a public link.
	const cvSection = page.getByRole('region', { name: 'Link voor je cv' });
	await expect(cvSection.getByText('Maak eerst van minstens één bewijs een openbare link.')).toBeVisible();
	await card.getByRole('button', { name: /Maak openbare link.*Heftruck rijden/ }).click();
	await expect(card.getByRole('link', { name: /\/verifieer\// })).toBeVisible();
	await cvSection.getByRole('button', { name: 'Maak link voor je cv' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De link voor je cv staat aan.' })).toBeVisible();
	const cvLink = cvSection.getByRole('link', { name: /\/verifieer\/cv\// });
	await expect(cvLink).toBeVisible();
	const cvPath = new URL((await cvLink.getAttribute('href'))!, baseURL).pathname;
	await other.goto(cvPath);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Bewijzen bij een cv controleren');
	await expect(other.getByText('Van Şükrü Yılmaz')).toBeVisible();
	await expect(other.getByText('1 van de 1 bewijzen zijn echt en niet ingetrokken.')).toBeVisible();
	await expect(other.getByRole('heading', { level: 2, name: 'Heftruck rijden' })).toBeVisible();
	await expect(other.locator('main')).not.toContainText('Veilig werken');
	await expectNoA11yViolations(other);
	await cvSection.getByRole('button', { name: 'Trek cv-link in' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De link voor je cv is ingetrokken.' })).toBeVisible();
	expect((await other.goto(cvPath))?.status()).toBe(404);
	await outsider.close();
});

test('the resident writes the request in German: the mail and the page the validator answers on are German', async ({ page, browser, baseURL }) => {
	await registerResident(page, 'Jana Schulte');
	await page.goto('/mijn/skills');
	await page.getByLabel('Zoek een skill').fill('heftruk');
	await page.getByRole('button', { name: 'Voeg Heftruck rijden toe' }).click();
	await expect(page.locator('.claims').getByText('Heftruck rijden', { exact: true })).toBeVisible();
	await page.goto('/mijn/credentials');
	await expect(page.getByRole('checkbox', { name: 'Heftruck rijden' })).toBeVisible({ timeout: 20_000 });
	const validator = uniqueEmail('ausbilder');
	await page.getByLabel('Naam van je werkgever of praktijkopleider').fill('Uwe Brinkmann');
	await page.getByLabel('E-mailadres').fill(validator);
	await page.getByRole('checkbox', { name: 'Heftruck rijden' }).check();
	await expect(page.getByLabel('Taal van de mail')).toHaveValue('nl');
	await page.getByLabel('Taal van de mail').selectOption({ label: 'Deutsch' });
	await page.getByRole('button', { name: 'Stuur de vraag' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De mail aan Uwe Brinkmann is onderweg.' })).toBeVisible();

	const mail = await mailTo(validator, (m) => m.subject === 'Jana Schulte bittet Sie, Fähigkeiten zu bestätigen');
	const outsider = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
	const other = await outsider.newPage();
	await other.goto(linkTo(mail, '/bevestigen/'));
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Fähigkeiten bestätigen');
	await expect(other.locator('html')).toHaveAttribute('lang', 'de');
	await expectNoA11yViolations(other);
	await outsider.close();
});

test('a resident adds an Open Badge 2.0 from a school: checked at the issuer, it becomes a certificate; a changed copy adds nothing', async ({ page }) => {
	await registerResident(page, 'Sanne Wolters');
	await page.goto('/mijn/credentials');
	const file = page.getByLabel('Kies het bestand');
	await expect(file).toBeVisible({ timeout: 20_000 });
	const genuine = hostedAssertion(`sanne-${Date.now()}`);

	// A copy with another recipient than the one the school hosts.
	await file.setInputFiles({ name: 'vca.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...genuine, recipient: { type: 'email', hashed: false, identity: 'iemand@example.nl' } })) });
	const answer = page.getByRole('status').filter({ hasText: 'Er is niets toegevoegd.' });
	await expect(answer).toContainText('De handtekening klopt niet: het bewijs is veranderd of niet echt.');
	// Not a badge at all.
	await file.setInputFiles({ name: 'notitie.json', mimeType: 'application/json', buffer: Buffer.from('{"boodschappen": ["melk"]}') });
	await expect(answer).toContainText('Dit bestand is geen bewijs dat we kennen');

	await file.setInputFiles({ name: 'vca.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(genuine)) });
	const added = page.getByRole('status').filter({ hasText: 'Het bewijs staat nu bij je certificaten.' });
	await expect(added).toContainText('Echt: de handtekening klopt en het bewijs is niet ingetrokken.');
	await expect(added).toContainText('VCA Basis, van ROC van Twente.');
	await expectNoA11yViolations(page);

	await page.goto('/mijn/opleiding');
	await expect(page.getByText('VCA Basis').first()).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText('ROC van Twente').first()).toBeVisible();
});
