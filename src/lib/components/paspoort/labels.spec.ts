import { describe, expect, it } from 'vitest';
import { keyed, situationLabel, sourceLabel } from './labels';

describe('keyed labels', () => {
	it('finds the message of each prefix by its value, also for keys that are not identifiers', () => {
		expect(situationLabel('werkzoekend')).toBe('Ik zoek werk');
		expect(situationLabel('werkend-ontslagdreiging')).toBe('Ik werk, maar mijn baan is onzeker');
		expect(sourceLabel('zelf')).toBe('Zelf ingeschat');
		expect(keyed('talentpool_region_', 'buiten-twente')).toBe('Buiten Twente');
	});

	it('shows the value itself when there is no message for it', () => {
		expect(situationLabel('onbekend')).toBe('onbekend');
	});
});
