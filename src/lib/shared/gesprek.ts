import { z } from 'zod';

export const gesprekNoteSchema = z.object({
	body: z.string().trim().min(1, { error: 'gesprek_error_note' }).max(5000, { error: 'gesprek_error_note' })
});

export const suggestionSchema = z.object({
	title: z.string().trim().min(1, { error: 'gesprek_error_title' }).max(160, { error: 'gesprek_error_title' }),
	description: z.string().trim().max(2000, { error: 'gesprek_error_description' }).default('')
});

export const validateSkillSchema = z.object({ skillClaimId: z.uuid() });
