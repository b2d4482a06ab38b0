import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Progressive enhancement for a form: the button is disabled while the request runs, and what was
 * typed stays in the fields when the server sends the form back with errors.
 */
export class Submitting {
	busy = $state(false);

	enhance: SubmitFunction = () => {
		this.busy = true;
		return async ({ update }) => {
			await update({ reset: false });
			this.busy = false;
		};
	};
}
