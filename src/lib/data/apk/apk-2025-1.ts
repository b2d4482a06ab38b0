import { APK_2026_1 } from './apk-2026-1';
import { deepFreeze } from './freeze';
import type { ApkModel } from './types';

/**
 * The pilot version: same questions as apk-2026.1, but one flat threshold pair (groen >= 60, rood < 40)
 * for every block. The pilot showed residents read 60 as "voldoende", which felt too generous, so
 * apk-2026.1 raised most blocks. Scans taken with this version keep being scored with it.
 *
 * It reuses the 2026.1 questions because they did not change. The moment a question, weight or
 * points table changes in a block, this version must get its own copy of that block; the spec
 * "apk-2025.1 keeps its scoring rules" fails when that is forgotten.
 */
const PILOT_THRESHOLDS = { groen: 60, rood: 40 } as const;

export const APK_2025_1: ApkModel = deepFreeze({
	version: 'apk-2025.1',
	validFrom: '2025-03-01',
	blocks: APK_2026_1.blocks.map((block) => ({ ...block, thresholds: PILOT_THRESHOLDS }))
});
