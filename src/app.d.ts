import type { SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			sessionId: string | null;
		}
		interface Error {
			message: string;
			fieldErrors?: Record<string, string[]>;
			/**
			 * `unavailable`: the database could not be reached, the error page says "temporarily unavailable".
			 * `not_shared`: a resident stopped sharing with this person; the page says so, not "not for your role".
			 */
			code?: 'unavailable' | 'not_shared';
		}
	}
}

export {};
