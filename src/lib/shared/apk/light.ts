import type { Thresholds, TrafficLight } from '$lib/data/apk';

/** groen from `groen` upwards, rood below `rood`, oranje in between. */
export function lightFor(score: number, thresholds: Thresholds): TrafficLight {
	if (score >= thresholds.groen) return 'groen';
	if (score < thresholds.rood) return 'rood';
	return 'oranje';
}
