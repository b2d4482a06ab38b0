import { z } from 'zod';
import { isApkQuestionId } from '$lib/shared/apk/answers-schema';
import { defineEntity } from '$lib/shared/sync/entity';

export const APK_SCAN_STATUSES = ['open', 'completed'] as const;
export const APK_OUTLOOKS = ['kansberoep', 'neutraal', 'krimp', 'onbekend'] as const;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * One Loopbaan-APK. The answers are separate `apkAnswer` records, so every answer syncs on its own and a
 * scan started on one device can be finished on another. `occupationId` and `outlook` are the facts
 * block 4 and 5 were scored with; they are fixed on the scan so a later change of the paspoort or the
 * Kansberoepenlijst never changes a result the resident has already seen.
 */
export const apkScanFields = z.object({
	modelVersion: z.string().min(1).max(40),
	occupationId: z.string().max(80).nullable().default(null),
	outlook: z.enum(APK_OUTLOOKS).nullable().default(null),
	/** The employer invitation this scan answers; the server counts it as completed, nothing more. */
	invitationId: z.uuid().nullable().default(null),
	status: z.enum(APK_SCAN_STATUSES).default('open'),
	startedAt: isoDateTime,
	completedAt: isoDateTime.nullable().default(null)
});
export type ApkScanValues = z.output<typeof apkScanFields>;

export const apkScanEntity = defineEntity({
	name: 'apkScan',
	fields: apkScanFields,
	writable: { inwoner: ['modelVersion', 'occupationId', 'outlook', 'invitationId', 'status', 'startedAt', 'completedAt'] },
	create: ['inwoner'],
	delete: ['inwoner']
});

/**
 * One answer to one question. Its id is derived from (scan, question) on the device (see apkAnswerId),
 * so two devices answering the same question write the same record instead of two competing ones.
 * Whether a value fits its question's scale is checked when scoring: an unfitting value counts as
 * unanswered, never as zero.
 */
export const apkAnswerFields = z.object({
	scanId: z.uuid(),
	questionId: z.string().min(1).max(240).refine(isApkQuestionId, { error: 'apk_error_unknown_question' }),
	value: z.union([z.number().int().min(1).max(5), z.boolean(), z.string().min(1).max(100)])
});
export type ApkAnswerValues = z.output<typeof apkAnswerFields>;

export const apkAnswerEntity = defineEntity({
	name: 'apkAnswer',
	fields: apkAnswerFields,
	writable: { inwoner: ['scanId', 'questionId', 'value'] },
	create: ['inwoner'],
	delete: ['inwoner']
});
