import { fail, redirect } from '@sveltejs/kit';
import { skillById } from '$lib/data/taxonomy';
import { cookieMaxAge, cookieName, getLocale } from '$lib/paraglide/runtime';
import { answerValidation, openValidationLink } from '$lib/server/credentials/external';
import { db } from '$lib/server/db';
import { parseForm, readForm } from '$lib/server/http/form';
import { translate } from '$lib/server/http/errors';
import { externalAnswerSchema } from '$lib/shared/credentials';
import type { Actions, PageServerLoad } from './$types';

const skillLabel = (skillId: string) => {
	const skill = skillById(skillId);
	return skill ? (getLocale() === 'en' ? skill.labelEn : skill.label) : skillId;
};

/**
 * The link a resident sent to an employer or praktijkopleider: it works without an account, once. Opening
 * it changes nothing (mail scanners open links); only the answer does.
 */
export const load: PageServerLoad = async ({ params, setHeaders, cookies, url }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const opened = await openValidationLink(await db(), params.token);
	if (!opened.ok) return { problem: opened.reason, request: null };
	// The page opens in the language the resident wrote the mail in, unless this browser already chose one.
	// Once only (`?taal=`): a browser that keeps no cookies gets the page in its own language, not a loop.
	if (!cookies.get(cookieName) && !url.searchParams.has('taal') && opened.request.locale !== getLocale()) {
		cookies.set(cookieName, opened.request.locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: cookieMaxAge });
		redirect(303, `${url.pathname}?taal=${opened.request.locale}`);
	}
	return {
		problem: null,
		request: {
			residentName: opened.residentName,
			validatorName: opened.request.validatorName,
			skills: opened.skills.map((s) => ({ id: s.id, label: skillLabel(s.skillId), level: s.level }))
		}
	};
};

type Values = Record<string, string>;
type Errors = Record<string, string[]>;

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request.clone());
		const parsed = await parseForm(event.request, externalAnswerSchema);
		const database = await db();
		const opened = await openValidationLink(database, event.params.token);
		if (!opened.ok) return fail(410, { values: {} as Values, errors: {} as Errors, message: opened.reason });
		const decisions: Record<string, 'bevestigd' | 'afgewezen'> = {};
		const errors: Errors = parsed.ok ? {} : { ...parsed.failure.data.errors };
		for (const skill of opened.skills) {
			const value = form.get(`skill-${skill.id}`);
			if (value === 'bevestigd' || value === 'afgewezen') decisions[skill.id] = value;
			else errors[`skill-${skill.id}`] = [translate('credentials_error_decision', getLocale())];
		}
		const values: Values = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v).slice(0, 200)]));
		if (!parsed.ok || Object.keys(errors).length > 0) return fail(400, { values, errors, message: 'form' });
		const answer = await answerValidation(database, { token: event.params.token, ...parsed.data, decisions });
		if (!answer.ok) return fail(410, { values: {} as Values, errors: {} as Errors, message: answer.reason });
		return { answered: true, confirmed: answer.confirmed };
	}
};
