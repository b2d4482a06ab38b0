import { z } from 'zod';

/** Bytes of a base64url string (no padding), or null when it is not one. */
function base64urlBytes(value: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(value) || value.length % 4 === 1) return null;
	const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (value.length % 4)) % 4));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The push service's address for one browser: always https (RFC 8030), and short enough to index. */
const endpoint = z
	.string({ error: 'error_push_endpoint' })
	.max(1000, { error: 'error_push_endpoint' })
	.pipe(z.url({ protocol: /^https$/, error: 'error_push_endpoint' }));

/**
 * A browser's `PushSubscription.toJSON()` as it is sent to `/api/push/abonnement`: the endpoint, the
 * browser's P-256 public key (65 bytes, uncompressed) and its 16-byte auth secret, both base64url.
 */
export const pushSubscriptionSchema = z.object({
	endpoint,
	expirationTime: z.number().nullable().optional(),
	keys: z.object(
		{
			p256dh: z
				.string({ error: 'error_push_keys' })
				.max(100, { error: 'error_push_keys' })
				.refine((v) => {
					const bytes = base64urlBytes(v);
					return bytes?.length === 65 && bytes[0] === 4;
				}, { error: 'error_push_keys' }),
			auth: z
				.string({ error: 'error_push_keys' })
				.max(100, { error: 'error_push_keys' })
				.refine((v) => base64urlBytes(v)?.length === 16, { error: 'error_push_keys' })
		},
		{ error: 'error_push_keys' }
	)
});
export type PushSubscriptionInput = z.output<typeof pushSubscriptionSchema>;

export const pushUnsubscribeSchema = z.object({ endpoint });
