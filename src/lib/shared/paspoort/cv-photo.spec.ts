import { describe, expect, it } from 'vitest';
import { photoCrop } from './cv-photo';

describe('CV photo crop', () => {
	it('takes the middle of a wide picture', () => {
		expect(photoCrop(1600, 1000)).toEqual({ x: 400, y: 0, width: 800, height: 1000 });
	});

	it('takes a tall picture from near the top, where the face is', () => {
		expect(photoCrop(800, 2000)).toEqual({ x: 0, y: 200, width: 800, height: 1000 });
	});

	it('leaves a picture of the right shape whole', () => {
		expect(photoCrop(400, 500)).toEqual({ x: 0, y: 0, width: 400, height: 500 });
	});
});
