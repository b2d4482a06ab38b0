import { z } from 'zod';
import { EVIDENCE_KINDS, kwalificatieById, werkprocesById } from '$lib/data/evc';
import { defineEntity, type RuleIssue } from '$lib/shared/sync/entity';

const text = (max: number) => z.string().trim().max(max, { error: 'evc_error_too_long' }).default('');
const date = z.iso.date({ error: 'evc_error_date' });
const werkprocesIds = z
	.array(z.string().min(1).max(40).refine((id) => werkprocesById(id) !== undefined, { error: 'evc_error_unknown_werkproces' }))
	.max(60)
	.default([]);
const kwalificatieId = z.string().min(1).max(80).refine((id) => kwalificatieById(id) !== undefined, { error: 'evc_error_unknown_kwalificatie' });

export const EVC_TRACK_STATUSES = ['verzamelen', 'aangemeld', 'afgerond'] as const;

/** The standard (meetlat) the resident collects proof against, and how far the procedure is. */
export const evcTrackFields = z.object({
	kwalificatieId,
	status: z.enum(EVC_TRACK_STATUSES).default('verzamelen')
});
export type EvcTrackValues = z.output<typeof evcTrackFields>;

export const evcTrackEntity = defineEntity({
	name: 'evcTrack',
	fields: evcTrackFields,
	writable: { inwoner: ['kwalificatieId', 'status'] },
	create: ['inwoner'],
	delete: ['inwoner']
});

/**
 * One piece of proof. Its kind decides which fields matter: a file (photo, document, video, audio), a
 * STARR story (one field per letter, so editing one letter never conflicts with another), or a
 * werkgeversverklaring from a referent. The werkprocessen it shows are one list; the last writer of the
 * whole list wins, which is what a resident ticking boxes expects.
 */
export const evcEvidenceFields = z.object({
	trackId: z.uuid(),
	kind: z.enum(EVIDENCE_KINDS),
	title: z.string().trim().min(1, { error: 'evc_error_required' }).max(160, { error: 'evc_error_too_long' }),
	werkprocesIds,
	fileId: z.string().max(80).nullable().default(null),
	fileName: text(200),
	fileType: text(100),
	situatie: text(3000),
	taak: text(3000),
	actie: text(3000),
	resultaat: text(3000),
	reflectie: text(3000),
	refName: text(160),
	refRole: text(160),
	refContact: text(200),
	refStatement: text(4000)
});
export type EvcEvidenceValues = z.output<typeof evcEvidenceFields>;

const EVIDENCE_FIELDS = Object.keys(evcEvidenceFields.shape) as (keyof EvcEvidenceValues)[];

export const evcEvidenceEntity = defineEntity({
	name: 'evcEvidence',
	fields: evcEvidenceFields,
	writable: { inwoner: EVIDENCE_FIELDS },
	create: ['inwoner'],
	delete: ['inwoner'],
	/** Proof shows at least one werkproces; a werkgeversverklaring names its referent and what they declare. */
	rules(record) {
		const issues: RuleIssue[] = [];
		if (record.werkprocesIds.length === 0) issues.push({ field: 'werkprocesIds', message: 'evc_error_map' });
		if (record.kind === 'werkgeversverklaring') {
			if (!record.refName.trim()) issues.push({ field: 'refName', message: 'evc_error_required' });
			if (!record.refStatement.trim()) issues.push({ field: 'refStatement', message: 'evc_error_required' });
		}
		return issues;
	}
});

export const EVC_VERDICTS = ['voldoende', 'aanvullen'] as const;
export type EvcVerdict = (typeof EVC_VERDICTS)[number];

/**
 * An adviser's judgement of one evidence item. It is the adviser's own record: the resident's devices
 * pull it but no resident can write it, so it never meets a resident's edit in a conflict check.
 */
export const evcReviewFields = z.object({
	evidenceId: z.uuid(),
	verdict: z.enum(EVC_VERDICTS),
	comment: text(2000),
	reviewerName: text(160),
	reviewedAt: z.iso.datetime({ offset: true })
});
export type EvcReviewValues = z.output<typeof evcReviewFields>;

export const evcReviewEntity = defineEntity({
	name: 'evcReview',
	fields: evcReviewFields,
	writable: { adviseur: ['evidenceId', 'verdict', 'comment', 'reviewerName', 'reviewedAt'] },
	create: ['adviseur'],
	delete: ['adviseur']
});

export const EVC_OUTCOME_KINDS = ['ervaringscertificaat', 'praktijkverklaring'] as const;

/** The result of the procedure; the werkprocessen it confirms raise their skills to source `certificaat`. */
export const evcOutcomeFields = z.object({
	kind: z.enum(EVC_OUTCOME_KINDS),
	kwalificatieId,
	provider: z.string().trim().min(1, { error: 'evc_error_required' }).max(160, { error: 'evc_error_too_long' }),
	issuedOn: date,
	validUntil: date.nullable().default(null),
	werkprocesIds,
	fileId: z.string().max(80).nullable().default(null),
	fileName: text(200),
	fileType: text(100)
});
export type EvcOutcomeValues = z.output<typeof evcOutcomeFields>;

export const evcOutcomeEntity = defineEntity({
	name: 'evcOutcome',
	fields: evcOutcomeFields,
	writable: { inwoner: ['kind', 'kwalificatieId', 'provider', 'issuedOn', 'validUntil', 'werkprocesIds', 'fileId', 'fileName', 'fileType'] },
	create: ['inwoner'],
	delete: ['inwoner'],
	/** An outcome confirms at least one werkproces: that is what raises the resident's skills. */
	rules: (record) => (record.werkprocesIds.length === 0 ? [{ field: 'werkprocesIds', message: 'evc_error_map' }] : [])
});
