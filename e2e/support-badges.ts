import { createServer, type Server } from 'node:http';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A badge issuer's website for the run, next to the app's port (the app may read it: CREDENTIAL_FETCH_ALLOW_HOSTS). */
export const BADGE_PORT = PORT + 10_001;
export const BADGE_ORIGIN = `http://127.0.0.1:${BADGE_PORT}`;

/** An Open Badges 2.0 assertion with hosted verification, as the issuer below serves it. */
export function hostedAssertion(id: string) {
	return {
		'@context': 'https://w3id.org/openbadges/v2',
		type: 'Assertion',
		id: `${BADGE_ORIGIN}/assertions/${id}`,
		recipient: { type: 'email', hashed: false, identity: `${id}@example.nl` },
		badge: `${BADGE_ORIGIN}/badges/vca`,
		issuedOn: '2025-06-01T00:00:00Z',
		verification: { type: 'hosted' }
	};
}

/** The issuer's site: its profile, one badge class, and every assertion id asked for (the badge is hosted for any id). */
export async function startBadgeIssuer(): Promise<Server> {
	const server = createServer((request, response) => {
		const path = request.url ?? '';
		const json = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
		if (path === '/issuer') return json({ '@context': 'https://w3id.org/openbadges/v2', type: 'Profile', id: `${BADGE_ORIGIN}/issuer`, name: 'ROC van Twente', url: BADGE_ORIGIN });
		if (path === '/badges/vca')
			return json({ '@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass', id: `${BADGE_ORIGIN}/badges/vca`, name: 'VCA Basis', description: 'Veilig werken volgens VCA', issuer: `${BADGE_ORIGIN}/issuer` });
		const assertion = /^\/assertions\/([a-z0-9-]+)$/.exec(path);
		if (assertion) return json(hostedAssertion(assertion[1]!));
		response.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(BADGE_PORT, '127.0.0.1', resolve));
	return server;
}
