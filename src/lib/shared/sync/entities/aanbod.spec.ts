import { describe, expect, it } from 'vitest';
import { forbiddenFields } from '$lib/shared/sync/authorise';
import { parseEntityPayload } from '$lib/shared/sync/protocol';
import { planItemEntity, voucherDraftEntity } from './aanbod';
import type { EntitySpec } from '$lib/shared/sync/entity';

const plan: EntitySpec = planItemEntity;
const draft: EntitySpec = voucherDraftEntity;

describe('planItem and voucherDraft entities', () => {
	it('creates a plan item from a title alone, with open status and origin zelf', () => {
		const result = parseEntityPayload('planItem', 'create', { title: 'VCA halen' });
		expect(result).toEqual({ ok: true, patch: { title: 'VCA halen' } });
		expect(planItemEntity.fields.parse({ title: 'VCA halen' })).toMatchObject({ status: 'open', origin: 'zelf', kind: 'actie', offerId: null });
	});

	it('refuses a plan item without a title, an unknown status and a malformed date', () => {
		expect(parseEntityPayload('planItem', 'create', { title: '  ' })).toMatchObject({ ok: false, message: 'plan_error_title' });
		expect(parseEntityPayload('planItem', 'patch', { status: 'gedaan' })).toMatchObject({ ok: false, path: 'patch.status' });
		expect(parseEntityPayload('planItem', 'patch', { dueDate: '31-12-2026' })).toMatchObject({ ok: false, message: 'plan_error_date' });
	});

	it('lets the APK and a gesprek add items generically, and only the resident delete them', () => {
		expect(parseEntityPayload('planItem', 'create', { title: 'Praat met een adviseur', origin: 'apk' }).ok).toBe(true);
		expect(forbiddenFields(plan, 'adviseur', { op: 'create', patch: { title: 'Afspraak', origin: 'gesprek' } })).toEqual([]);
		expect(forbiddenFields(plan, 'adviseur', { op: 'delete' })).not.toEqual([]);
		expect(forbiddenFields(plan, 'inwoner', { op: 'delete' })).toEqual([]);
	});

	it('keeps a voucher draft the resident’s own', () => {
		expect(forbiddenFields(draft, 'inwoner', { op: 'create', patch: { offerId: 'opl-lasser' } })).toEqual([]);
		expect(forbiddenFields(draft, 'adviseur', { op: 'patch', patch: { motivation: 'x' } })).not.toEqual([]);
	});
});
