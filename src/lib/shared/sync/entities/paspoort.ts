import { z } from 'zod';
import { defineEntity } from '$lib/shared/sync/entity';

/** Month as `YYYY-MM`: residents rarely know the day they started a job. */
const month = z
	.string()
	.regex(/^(19[5-9]\d|20\d\d)-(0[1-9]|1[0-2])$/, { error: 'paspoort_error_month' })
	.nullable()
	.default(null);
/**
 * A whole number whose every refusal — not a number, a fraction, out of range — carries the same message
 * key, so the form shows the field's own sentence ("Vul een aantal uren in tussen 1 en 60.") and never
 * zod's English default.
 */
export const wholeNumber = (error: string) => z.number({ error }).int({ error });
const year = wholeNumber('paspoort_error_year').min(1950, { error: 'paspoort_error_year' }).max(2100, { error: 'paspoort_error_year' }).nullable().default(null);
const shortText = (max: number) => z.string().trim().max(max, { error: 'paspoort_error_too_long' }).default('');
const requiredText = (max: number) =>
	z.string().trim().min(1, { error: 'paspoort_error_required' }).max(max, { error: 'paspoort_error_too_long' });
/**
 * An id of the skills and occupations taxonomy (`heftruck-rijden`). One schema for everything that carries
 * one — the synced paspoort and the talentpool card built from it — so a value sync accepts is always a
 * value the card accepts.
 */
export const taxonomyId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'paspoort_error_choice' });
/** At most this many beroepswensen; the talentpool card carries all of them. */
export const MAX_BEROEPSWENSEN = 10;
/** Small lists (beroepswensen) travel as one value; the last writer of the whole list wins. */
const idList = z.array(taxonomyId).max(MAX_BEROEPSWENSEN, { error: 'paspoort_error_too_many' }).default([]);

const residentOnly = <const F extends readonly string[]>(fields: F) => ({ inwoner: fields });

export const workExperienceFields = z.object({
	title: requiredText(120),
	occupationId: z.string().max(80).nullable().default(null),
	employer: shortText(160),
	place: shortText(100),
	startMonth: month,
	endMonth: month,
	description: shortText(2000)
});
export type WorkExperienceValues = z.output<typeof workExperienceFields>;

export const workExperienceEntity = defineEntity({
	name: 'workExperience',
	fields: workExperienceFields,
	writable: residentOnly(['title', 'occupationId', 'employer', 'place', 'startMonth', 'endMonth', 'description']),
	create: ['inwoner'],
	delete: ['inwoner']
});

export const EDUCATION_LEVELS = ['geen-startkwalificatie', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'havo-vwo', 'hbo', 'wo'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const educationFields = z.object({
	name: requiredText(160),
	institution: shortText(160),
	level: z.enum(EDUCATION_LEVELS).nullable().default(null),
	startYear: year,
	endYear: year,
	completed: z.boolean().default(false)
});
export type EducationValues = z.output<typeof educationFields>;

export const educationEntity = defineEntity({
	name: 'education',
	fields: educationFields,
	writable: residentOnly(['name', 'institution', 'level', 'startYear', 'endYear', 'completed']),
	create: ['inwoner'],
	delete: ['inwoner']
});

export const CERTIFICATE_KINDS = ['diploma', 'certificaat'] as const;

export const certificateFields = z.object({
	name: requiredText(160),
	kind: z.enum(CERTIFICATE_KINDS).default('certificaat'),
	issuer: shortText(160),
	issuedMonth: month,
	validUntilMonth: month,
	/** The photo or PDF on this device (and, once uploaded, on the server) by its id in the file store. */
	fileId: z.string().max(80).nullable().default(null),
	fileName: shortText(200),
	fileType: shortText(100)
});
export type CertificateValues = z.output<typeof certificateFields>;

export const certificateEntity = defineEntity({
	name: 'certificate',
	fields: certificateFields,
	writable: residentOnly(['name', 'kind', 'issuer', 'issuedMonth', 'validUntilMonth', 'fileId', 'fileName', 'fileType']),
	create: ['inwoner'],
	delete: ['inwoner']
});

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'moedertaal'] as const;

export const languageFields = z.object({
	language: requiredText(60),
	level: z.enum(CEFR_LEVELS, { error: 'paspoort_error_required' })
});
export type LanguageValues = z.output<typeof languageFields>;

export const languageEntity = defineEntity({
	name: 'language',
	fields: languageFields,
	writable: residentOnly(['language', 'level']),
	create: ['inwoner'],
	delete: ['inwoner']
});

export { idList };
