import { describe, expect, it } from 'vitest';
import { cvMonth, cvPeriod } from './cv-period';

describe('CV periods', () => {
	it('writes months in the CV language', () => {
		expect(cvMonth('2019-03', 'nl')).toBe('mrt 2019');
		expect(cvMonth('2019-03', 'en')).toBe('Mar 2019');
		expect(cvMonth('2019-03', 'de')).toBe('März 2019');
		expect(cvMonth(2016, 'de')).toBe('2016');
	});

	it('runs from start to end, or to the present', () => {
		expect(cvPeriod('2019-03', null, 'heden', 'nl')).toBe('mrt 2019 – heden');
		expect(cvPeriod('2016-01', '2019-02', 'present', 'en')).toBe('Jan 2016 – Feb 2019');
		expect(cvPeriod(2014, 2016, 'heute', 'de')).toBe('2014 – 2016');
		expect(cvPeriod(null, '2019-12', 'heden', 'nl')).toBe('… – dec 2019');
		expect(cvPeriod(null, null, 'heden', 'nl')).toBe('');
	});
});
