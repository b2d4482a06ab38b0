/**
 * Rough travel time between Twente gemeenten, good enough to rank and to honour "at most 45
 * minutes": straight-line distance between the main kernen (WGS84, rounded to 0.01°), times 1.3
 * for the road detour, at an average door-to-door speed of 45 km/h, plus 10 minutes to get going
 * and to park or walk. Within one gemeente we assume 15 minutes. Anything outside Twente is unknown
 * (null) rather than guessed, so a filter never hides an offer on a made-up figure.
 */
const CENTROIDS: Readonly<Record<string, readonly [lat: number, lon: number]>> = {
	almelo: [52.36, 6.66],
	borne: [52.3, 6.75],
	dinkelland: [52.37, 6.95],
	enschede: [52.22, 6.89],
	haaksbergen: [52.16, 6.74],
	hellendoorn: [52.37, 6.46],
	hengelo: [52.27, 6.79],
	'hof-van-twente': [52.24, 6.6],
	losser: [52.26, 7.0],
	oldenzaal: [52.31, 6.93],
	'rijssen-holten': [52.3, 6.5],
	tubbergen: [52.41, 6.78],
	twenterand: [52.43, 6.6],
	wierden: [52.36, 6.59]
};

export const TRAVEL_GEMEENTE_IDS: readonly string[] = Object.keys(CENTROIDS);

const DETOUR = 1.3;
const KM_PER_HOUR = 45;
const FIXED_MINUTES = 10;
const SAME_GEMEENTE_MINUTES = 15;

function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
	const rad = Math.PI / 180;
	const dLat = (b[0] - a[0]) * rad;
	const dLon = (b[1] - a[1]) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Whole minutes, or null when either side is outside the table. */
export function travelMinutes(from: string, to: string): number | null {
	const a = CENTROIDS[from];
	const b = CENTROIDS[to];
	if (!a || !b) return null;
	if (from === to) return SAME_GEMEENTE_MINUTES;
	return Math.round(FIXED_MINUTES + ((distanceKm(a, b) * DETOUR) / KM_PER_HOUR) * 60);
}
