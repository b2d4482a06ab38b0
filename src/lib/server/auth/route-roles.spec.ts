/**
 * Defence in depth: every server load and form action of a role area checks the role itself, before it
 * reads anything, so a failed layout or a hook that was passed by is never the only thing between a
 * visitor and page data. Each one is called directly (no hook, no layout) as anonymous and as every
 * wrong role, with a database that fails when touched.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SessionUser } from './session';
import { ROLES, type Role } from '$lib/shared/roles';

vi.mock('$lib/server/db', () => {
	const touched = async () => {
		throw new Error('the database was read before the role was checked');
	};
	return { db: touched, database: touched };
});

const { makeEvent, run } = await import('$lib/server/fuzz/harness');
const { pathOf } = await import('$lib/server/fuzz/routes');
const { requiredRole } = await import('./guard');

type Handler = (event: never) => unknown;
const modules = import.meta.glob<{ load?: Handler; actions?: Record<string, Handler> }>(['/src/routes/**/+page.server.ts', '/src/routes/**/+layout.server.ts']);
const routeIdOf = (file: string) => file.replace(/^\/src\/routes/, '').replace(/\/\+(page|layout)\.server\.ts$/, '') || '/';

const person = (roles: Role[]): SessionUser => ({ id: '00000000-0000-4000-8000-000000000001', email: 'x@example.nl', displayName: 'X', roles, organisationId: null, locale: 'nl', emailVerified: true });

interface Case {
	key: string;
	routeId: string;
	fn: Handler;
	kind: 'load' | 'action';
	name: string;
}
const cases: Case[] = [];
for (const [file, load] of Object.entries(modules)) {
	const routeId = routeIdOf(file);
	if (!requiredRole(routeId)) continue;
	const mod = await load();
	if (mod.load) cases.push({ key: `${file} load`, routeId, fn: mod.load, kind: 'load', name: 'load' });
	for (const [name, fn] of Object.entries(mod.actions ?? {})) cases.push({ key: `${file} ?/${name}`, routeId, fn, kind: 'action', name });
}

describe('every load and action of a role area refuses the wrong person on its own', () => {
	it('finds the role areas', () => {
		expect(cases.filter((c) => c.kind === 'load').length).toBeGreaterThan(20);
		expect(cases.filter((c) => c.kind === 'action').length).toBeGreaterThan(10);
	});

	it.each(cases.map((c) => [c.key, c] as const))('%s', async (_key, c) => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const needed = requiredRole(c.routeId)!;
		const visitors: [string, SessionUser | null][] = [
			['anonymous', null],
			...(needed === 'any' ? [] : ROLES.filter((r) => r !== needed).map((r) => [r, person([r])] as [string, SessionUser]))
		];
		const params = Object.fromEntries([...c.routeId.matchAll(/\[(\w+)\]/g)].map((m) => [m[1]!, '0b6e4f5e-3f0a-4c1e-9d55-0a2b7c9e1f00']));
		for (const [who, user] of visitors) {
			const event = makeEvent({
				method: c.kind === 'action' ? 'POST' : 'GET',
				path: pathOf(c.routeId, params) + (c.kind === 'action' ? `?/${c.name}` : ''),
				params,
				user,
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'id=x',
				routeId: c.routeId
			});
			const outcome = await run(c.fn as never, event);
			expect(outcome.status, `${who}: ${JSON.stringify(outcome)}`).toBe(user ? 403 : 401);
		}
	});
});
