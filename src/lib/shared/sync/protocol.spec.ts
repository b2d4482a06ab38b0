import { describe, expect, it } from 'vitest';
import { forbiddenFields } from './authorise';
import { profileEntity, skillClaimEntity } from './entities';
import { parseEntityPayload, pushBodySchema } from './protocol';
import type { EntitySpec } from './entity';

const id = '0190a000-0000-7000-8000-000000000001';

describe('parseEntityPayload', () => {
	it('keeps only the fields sent, normalised, and refuses a create that lacks a required field', () => {
		expect(parseEntityPayload('skillClaim', 'create', { skillId: 'lassen', level: 2 })).toEqual({
			ok: true,
			patch: { skillId: 'lassen', level: 2 }
		});
		expect(parseEntityPayload('skillClaim', 'create', { skillId: 'lassen' })).toMatchObject({ ok: false, path: 'patch.level' });
		expect(parseEntityPayload('profile', 'patch', { displayName: ' Sanne ' })).toEqual({ ok: true, patch: { displayName: 'Sanne' } });
	});

	it('refuses unknown entities and fields, bad values, empty patches and deletes with fields', () => {
		expect(parseEntityPayload('salary', 'patch', { a: 1 })).toMatchObject({ ok: false, path: 'entity' });
		expect(parseEntityPayload('profile', 'patch', { wage: 1 })).toMatchObject({ ok: false, path: 'patch' });
		expect(parseEntityPayload('skillClaim', 'patch', { level: 5 })).toMatchObject({ ok: false, path: 'patch.level' });
		expect(parseEntityPayload('profile', 'patch', {})).toMatchObject({ ok: false, path: 'patch' });
		expect(parseEntityPayload('skillClaim', 'delete', { level: 1 })).toMatchObject({ ok: false, path: 'patch' });
	});
});

describe('pushBodySchema', () => {
	it('accepts increasing mutation ids only', () => {
		const m = (mutationId: number) => ({ mutationId, entity: 'profile', entityId: id, op: 'patch', patch: { about: 'x' }, baseVersion: 0 });
		expect(pushBodySchema.safeParse({ clientId: id, portfolioId: id, mutations: [m(1), m(2)] }).success).toBe(true);
		expect(pushBodySchema.safeParse({ clientId: id, portfolioId: id, mutations: [m(2), m(2)] }).success).toBe(false);
		expect(pushBodySchema.safeParse({ clientId: id, portfolioId: id, mutations: [m(1)], extra: 1 }).success).toBe(false);
	});
});

describe('forbiddenFields', () => {
	const claim: EntitySpec = skillClaimEntity;
	it('lets only an adviser mark a skill gevalideerd', () => {
		expect(forbiddenFields(claim, 'inwoner', { op: 'patch', patch: { source: 'gevalideerd' } })).toEqual(['source']);
		expect(forbiddenFields(claim, 'adviseur', { op: 'patch', patch: { source: 'gevalideerd' } })).toEqual([]);
		expect(forbiddenFields(claim, 'inwoner', { op: 'patch', patch: { source: 'bewijs' } })).toEqual([]);
	});

	it('limits an adviser to the fields it may write and to no creates or deletes', () => {
		expect(forbiddenFields(claim, 'adviseur', { op: 'patch', patch: { skillId: 'x', level: 3 } })).toEqual(['skillId']);
		expect(forbiddenFields(claim, 'adviseur', { op: 'delete' })).toEqual(['*']);
		expect(forbiddenFields(profileEntity, 'adviseur', { op: 'patch', patch: { about: 'x' } })).toEqual(['about']);
	});
});
