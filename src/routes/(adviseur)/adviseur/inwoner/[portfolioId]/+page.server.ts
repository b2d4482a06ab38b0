import { error, fail, isHttpError, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/http/form';
import { requireSectionAccess, sectionsVisibleTo } from '$lib/server/sharing/access';
import { notifyAfter } from '$lib/server/notify';
import { addGesprekNote, addSuggestion, notesOf, suggestionsOf, validateSkill } from '$lib/server/sharing/gesprek';
import { caseloadOf, everSharedWith } from '$lib/server/sharing/grants';
import { readSharedSections } from '$lib/server/sharing/view';
import { gesprekNoteSchema, suggestionSchema, validateSkillSchema } from '$lib/shared/gesprek';
import { reviewEvidence, reviewInputSchema } from '$lib/server/evc/review';
import type { Actions, PageServerLoad } from './$types';

/** The adviser and the portfolio in the URL; a malformed id is as unknown as someone else's. */
async function context(event: RequestEvent) {
	const adviser = requireUser(event, 'adviseur');
	const portfolioId = z.uuid().safeParse(event.params.portfolioId);
	if (!portfolioId.success) error(404, { message: m.error_not_found() });
	return { adviser, portfolioId: portfolioId.data, db: await db() };
}

/**
 * Nothing shared: the refusal goes through the same gate, so it is logged for the resident too. When this
 * adviser had access before, the page says the resident stopped sharing rather than "not for your role".
 */
async function refuseUnshared(ctx: Awaited<ReturnType<typeof context>>): Promise<never> {
	try {
		await requireSectionAccess(ctx.db, { viewer: ctx.adviser, portfolioId: ctx.portfolioId, section: 'profiel' });
	} catch (e) {
		if (isHttpError(e) && e.status === 403 && (await everSharedWith(ctx.db, { portfolioId: ctx.portfolioId, userId: ctx.adviser.id }))) {
			error(403, { message: m.gesprek_not_shared_anymore(), code: 'not_shared' });
		}
		throw e;
	}
	// Only an owner passes the gate with nothing in a grant, and an owner is not an adviser of their own portfolio.
	error(403, { message: m.error_forbidden() });
}

/** Verslag and suggestions belong to a gesprek: without any active grant the adviser cannot add them. */
async function requireAnyGrant(ctx: Awaited<ReturnType<typeof context>>) {
	const visible = await sectionsVisibleTo(ctx.db, { viewer: ctx.adviser, portfolioId: ctx.portfolioId });
	if (visible.length === 0) await refuseUnshared(ctx);
}

export const load: PageServerLoad = async (event) => {
	const ctx = await context(event);
	const visible = await sectionsVisibleTo(ctx.db, { viewer: ctx.adviser, portfolioId: ctx.portfolioId });
	if (visible.length === 0) await refuseUnshared(ctx);
	const sections = await readSharedSections(ctx.db, { viewer: ctx.adviser, portfolioId: ctx.portfolioId, sections: visible });
	const entry = (await caseloadOf(ctx.db, ctx.adviser.id)).find((c) => c.portfolioId === ctx.portfolioId);
	return {
		name: entry?.name ?? '',
		expiresAt: entry?.expiresAt.toISOString() ?? null,
		sections,
		notes: await notesOf(ctx.db, ctx.portfolioId, ctx.adviser.id),
		suggestions: await suggestionsOf(ctx.db, ctx.portfolioId, ctx.adviser.id)
	};
};

export const actions: Actions = {
	validate: async (event) => {
		const ctx = await context(event);
		const parsed = await parseForm(event.request, validateSkillSchema);
		if (!parsed.ok) return parsed.failure;
		await requireSectionAccess(ctx.db, { viewer: ctx.adviser, portfolioId: ctx.portfolioId, section: 'skills' });
		if (!(await validateSkill(ctx.db, { adviser: ctx.adviser, portfolioId: ctx.portfolioId, skillClaimId: parsed.data.skillClaimId }))) error(404, { message: m.error_not_found() });
		await notifyAfter(ctx.db, { portfolioId: ctx.portfolioId, kind: 'validatie' });
		return { validated: parsed.data.skillClaimId };
	},
	verslag: async (event) => {
		const ctx = await context(event);
		const parsed = await parseForm(event.request, gesprekNoteSchema);
		if (!parsed.ok) return fail(400, { note: parsed.failure.data });
		await requireAnyGrant(ctx);
		await addGesprekNote(ctx.db, { adviser: ctx.adviser, portfolioId: ctx.portfolioId, body: parsed.data.body });
		await notifyAfter(ctx.db, { portfolioId: ctx.portfolioId, kind: 'verslag' });
		return { noteSaved: true };
	},
	evcReview: async (event) => {
		const ctx = await context(event);
		const parsed = await parseForm(event.request, reviewInputSchema.omit({ portfolioId: true }));
		if (!parsed.ok) return fail(400, { review: parsed.failure.data });
		await reviewEvidence(ctx.db, { ...parsed.data, portfolioId: ctx.portfolioId, viewer: ctx.adviser });
		return { reviewSaved: parsed.data.evidenceId };
	},
	suggestie: async (event) => {
		const ctx = await context(event);
		const parsed = await parseForm(event.request, suggestionSchema);
		if (!parsed.ok) return fail(400, { suggestion: parsed.failure.data });
		await requireAnyGrant(ctx);
		await addSuggestion(ctx.db, { adviser: ctx.adviser, portfolioId: ctx.portfolioId, ...parsed.data });
		await notifyAfter(ctx.db, { portfolioId: ctx.portfolioId, kind: 'suggestie' });
		return { suggestionSaved: true };
	}
};
