import { DEMO, expect, signIn, test } from './support';

test('every response carries a CSP and security headers', async ({ request }) => {
	const response = await request.get('/');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("object-src 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
	await signIn(page, DEMO.inwoner);
	const cookie = (await context.cookies()).find((c) => c.name === 'tp_session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	expect(cookie?.value).toMatch(/^[a-z0-9]+\.[a-z0-9]+$/);
});

test.describe('JSON endpoints', () => {
	test('refuse a cross-site POST, even with a valid session', async ({ page }) => {
		await signIn(page, DEMO.inwoner);
		const crossSite = await page.request.post('/api/account/locale', {
			headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
			data: { locale: 'en' }
		});
		expect(crossSite.status()).toBe(403);
		expect((await crossSite.json()).message).toContain('andere website');

		const sameOrigin = await page.request.post('/api/account/locale', {
			headers: { origin: new URL(page.url()).origin, 'sec-fetch-site': 'same-origin' },
			data: { locale: 'nl' }
		});
		expect(sameOrigin.status()).toBe(200);
	});

	test('answer malformed bodies with 400 and Dutch field errors, never 500', async ({ page }) => {
		await signIn(page, DEMO.inwoner);
		const notJson = await page.request.post('/api/account/locale', {
			headers: { 'content-type': 'application/json' },
			data: Buffer.from('{"locale": '),
			failOnStatusCode: false
		});
		expect(notJson.status()).toBe(400);
		expect((await notJson.json()).message).toBe('Dit verzoek kon niet gelezen worden.');

		const wrongShape = await page.request.post('/api/account/locale', { data: { locale: 'fr', extra: '<script>' } });
		expect(wrongShape.status()).toBe(400);
		expect(await wrongShape.json()).toEqual({
			message: 'De gegevens kloppen niet. Kijk bij de velden.',
			fieldErrors: { locale: ['Kies Nederlands, Engels of Duits.'] }
		});

		const wrongType = await page.request.post('/api/account/locale', { data: [1, 2, 3] });
		expect(wrongType.status()).toBe(400);
	});

	test('refuse a request without a session', async ({ request }) => {
		const response = await request.post('/api/account/locale', { data: { locale: 'en' } });
		expect(response.status()).toBe(401);
	});
});

test('a malformed form post gets 400 with the form shown again', async ({ request, baseURL }) => {
	const response = await request.post('/inloggen', {
		headers: { origin: baseURL!, accept: 'application/json', 'x-sveltekit-action': 'true' },
		form: { email: 'x'.repeat(5000), password: '' }
	});
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.type).toBe('failure');
	expect(body.status).toBe(400);
});
