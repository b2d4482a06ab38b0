import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { createInvitation, listInvitations, revokeInvitation } from '$lib/server/auth/accounts';
import { invitation } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/auth/require';
import { renewInvitation } from '$lib/server/auth/staff';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/http/form';
import { jobs } from '$lib/server/jobs';
import { MAIL_QUEUE, type MailJob } from '$lib/server/mail/job';
import { appOrigin } from '$lib/server/mail/templates';
import { importSuppliers } from '$lib/server/catalogue/import-route';
import { catalogueProviderOf, createOrganisation, listOrganisations, organisationExists } from '$lib/server/organisations';
import { invitationSchema, organisationSchema } from '$lib/shared/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'beheerder');
	const database = await db();
	return { invitations: await listInvitations(database), organisations: await listOrganisations(database), providers: await importSuppliers(database) };
};

export const actions: Actions = {
	invite: async (event) => {
		const admin = requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, invitationSchema);
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		// A well-formed id of no organisation (a stale form) is the same mistake as none.
		if (parsed.data.organisationId && !(await organisationExists(database, parsed.data.organisationId))) {
			return formError(400, parsed.values, { organisationId: [m.error_organisation_required()] });
		}
		// A provider account imports and edits the offers of its organisation's catalogue provider: it needs one.
		if (parsed.data.role === 'aanbieder' && !(await catalogueProviderOf(database, parsed.data.organisationId ?? null))) {
			return formError(400, parsed.values, { organisationId: [m.error_aanbieder_organisation()] });
		}
		const { id, token } = await createInvitation(database, { ...parsed.data, invitedBy: admin.id });
		const link = `${appOrigin(event.url.origin)}/uitnodiging/${token}`;
		// Sent by mail; the link on screen stays as a way to pass it on by hand.
		await database.update(invitation).set({ mailStatus: 'queued' }).where(eq(invitation.id, id));
		await (await jobs()).send(MAIL_QUEUE, { kind: 'invitation', invitationId: id, link } satisfies MailJob);
		return { invited: { email: parsed.data.email, link } };
	},
	resend: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, z.object({ id: z.string().min(1).max(64) }));
		if (!parsed.ok) return parsed.failure;
		const database = await db();
		// Only the hash of the link is stored, so sending again means a new link; the old one stops working.
		const renewed = await renewInvitation(database, parsed.data.id);
		if (!renewed) return fail(410, { resendGone: { message: m.invitations_resend_gone() } });
		const link = `${appOrigin(event.url.origin)}/uitnodiging/${renewed.token}`;
		await (await jobs()).send(MAIL_QUEUE, { kind: 'invitation', invitationId: parsed.data.id, link } satisfies MailJob);
		return { resent: { email: renewed.email, link } };
	},
	revoke: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, z.object({ id: z.string().min(1).max(64) }));
		if (!parsed.ok) return parsed.failure;
		await revokeInvitation(await db(), parsed.data.id);
		return { revoked: true };
	},
	organisation: async (event) => {
		requireUser(event, 'beheerder');
		const parsed = await parseForm(event.request, organisationSchema);
		if (!parsed.ok) return fail(400, { organisationForm: parsed.failure.data });
		const database = await db();
		if (parsed.data.kind === 'provider' && parsed.data.catalogueProviderId && !(await importSuppliers(database)).some((p) => p.id === parsed.data.catalogueProviderId)) {
			return fail(400, { organisationForm: { values: parsed.values, errors: { catalogueProviderId: [m.error_catalogue_provider()] as string[] } as Record<string, string[]>, message: 'form' } });
		}
		await createOrganisation(database, parsed.data);
		return { organisationCreated: m.organisations_created({ name: parsed.data.name }) };
	}
};
