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
			/** Set when the database could not be reached: the error page says "temporarily unavailable". */
			code?: 'unavailable';
		}
	}
}

export {};
