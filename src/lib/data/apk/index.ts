import { APK_2025_1 } from './apk-2025-1';
import { APK_2026_1 } from './apk-2026-1';
import type { ApkModel } from './types';

export * from './types';
export { APK_2025_1, APK_2026_1 };

/** Every version a stored scan may carry; removing one makes its scans unreadable, so versions are only added. */
export const APK_MODELS: Readonly<Record<string, ApkModel>> = Object.freeze({
	[APK_2025_1.version]: APK_2025_1,
	[APK_2026_1.version]: APK_2026_1
});

/** The version new scans start with. */
export const CURRENT_APK_VERSION = APK_2026_1.version;
