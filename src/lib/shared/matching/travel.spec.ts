import { describe, expect, it } from 'vitest';
import { TRAVEL_GEMEENTE_IDS, travelMinutes } from './travel';

describe('travelMinutes', () => {
	it('is symmetric and grows with distance', () => {
		for (const a of TRAVEL_GEMEENTE_IDS) for (const b of TRAVEL_GEMEENTE_IDS) expect(travelMinutes(a, b)).toBe(travelMinutes(b, a));
		expect(travelMinutes('enschede', 'hengelo')!).toBeLessThan(travelMinutes('enschede', 'almelo')!);
		expect(travelMinutes('losser', 'rijssen-holten')!).toBeGreaterThan(60);
	});

	it('uses a fixed time within one gemeente and null outside the table', () => {
		expect(travelMinutes('almelo', 'almelo')).toBe(15);
		expect(travelMinutes('buiten-twente', 'almelo')).toBeNull();
		expect(travelMinutes('almelo', 'buiten-twente')).toBeNull();
	});
});
