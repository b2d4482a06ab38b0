import { arbeidsmarkt } from './blocks/arbeidsmarkt';
import { energie } from './blocks/energie';
import { motivatie } from './blocks/motivatie';
import { ontwikkeling } from './blocks/ontwikkeling';
import { randvoorwaarden } from './blocks/randvoorwaarden';
import { vaardigheden } from './blocks/vaardigheden';
import { werkvermogen } from './blocks/werkvermogen';
import { deepFreeze } from './freeze';
import type { ApkModel } from './types';

/**
 * Thresholds per block (score 0..100, groen >= groen, rood < rood):
 * - werkvermogen, energie, motivatie, vaardigheden, ontwikkeling, randvoorwaarden: groen >= 70, rood < 45.
 *   70 is "mee eens" on most items with at most one weaker answer; below 45 the average answer
 *   leans to the unfavourable side of neutral.
 * - arbeidsmarkt: groen >= 65, rood < 40. A neutral outlook scores 50 and weighs double, so with the
 *   lower bar a neutral occupation plus good answers still reaches groen, while a kansberoep with
 *   the weakest answers stays just out of rood.
 *
 * Every block has five items (block 4: with five or more skills; block 5: the outlook counts twice)
 * and every answer is worth a multiple of 25 points, so scores move in steps of 5 and each
 * threshold is a score a resident can actually get.
 */
export const APK_2026_1: ApkModel = deepFreeze({
	version: 'apk-2026.1',
	validFrom: '2026-01-01',
	blocks: [werkvermogen, energie, motivatie, vaardigheden, arbeidsmarkt, ontwikkeling, randvoorwaarden]
});
