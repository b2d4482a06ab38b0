import { APK_MODELS, CURRENT_APK_VERSION, type ApkModel } from '$lib/data/apk';

export class UnknownApkVersionError extends Error {
	constructor(readonly version: string) {
		super(`Unknown Loopbaan-APK model version: ${version}`);
		this.name = 'UnknownApkVersionError';
	}
}

/**
 * The model a scan was taken with. A stored scan names its version and is always re-scored with
 * it, so a later change of thresholds never changes a result the resident has already seen.
 */
export function getModel(version: string): ApkModel {
	const model = Object.hasOwn(APK_MODELS, version) ? APK_MODELS[version] : undefined;
	if (!model) throw new UnknownApkVersionError(version);
	return model;
}

export function currentModel(): ApkModel {
	return getModel(CURRENT_APK_VERSION);
}
