import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/require';
import { db } from '$lib/server/db';
import { parseJson } from '$lib/server/http/json';
import { isPushServiceEndpoint, isUsableKey, removeSubscription, saveSubscription } from '$lib/server/push';
import { pushSubscriptionSchema, pushUnsubscribeSchema } from '$lib/shared/push';
import type { RequestHandler } from './$types';
import { PUSH_ROLES } from '$lib/server/push';

/** Only residents get berichten, so only they subscribe. This browser's push subscription (`PushSubscription.toJSON()`), kept for the signed-in person. */
export const POST: RequestHandler = async (event) => {
	const user = requireUser(event, PUSH_ROLES);
	const input = await parseJson(event, pushSubscriptionSchema);
	if (!isPushServiceEndpoint(input.endpoint)) error(400, { message: m.error_bad_request(), fieldErrors: { endpoint: [m.error_push_endpoint()] } });
	if (!isUsableKey(input.keys.p256dh)) error(400, { message: m.error_bad_request(), fieldErrors: { 'keys.p256dh': [m.error_push_keys()] } });
	await saveSubscription(await db(), user.id, input);
	return json({ saved: true }, { status: 201 });
};

/** No more push to this browser: `{ endpoint }` of its subscription. */
export const DELETE: RequestHandler = async (event) => {
	const user = requireUser(event, PUSH_ROLES);
	const { endpoint } = await parseJson(event, pushUnsubscribeSchema);
	return json({ removed: await removeSubscription(await db(), user.id, endpoint) });
};
