import { describe, expect, it } from 'vitest';
import { changePasswordSchema, invitationSchema, registerSchema } from './account';

describe('account schemas', () => {
	it('normalises email and accepts a complete registration', () => {
		const result = registerSchema.parse({
			displayName: ' Fatima ',
			email: ' Fatima@Example.NL ',
			password: 'lang-genoeg-wachtwoord',
			privacy: 'on'
		});
		expect(result.email).toBe('fatima@example.nl');
		expect(result.displayName).toBe('Fatima');
	});

	it('names every broken field with a message key', () => {
		const result = registerSchema.safeParse({ displayName: '', email: 'geen-email', password: 'kort' });
		expect(result.success).toBe(false);
		const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
		expect(issues).toEqual({
			displayName: 'error_name_required',
			email: 'error_email_invalid',
			password: 'error_password_too_short',
			privacy: 'error_privacy_required'
		});
	});

	it('requires the new password twice', () => {
		const result = changePasswordSchema.safeParse({
			currentPassword: 'x',
			newPassword: 'nieuw-wachtwoord-1',
			confirmPassword: 'nieuw-wachtwoord-2'
		});
		expect(result.error?.issues[0]?.path).toEqual(['confirmPassword']);
	});

	it('requires an organisation for a werkgever invitation only', () => {
		expect(invitationSchema.safeParse({ email: 'a@b.nl', role: 'werkgever' }).success).toBe(false);
		expect(invitationSchema.safeParse({ email: 'a@b.nl', role: 'adviseur' }).success).toBe(true);
	});
});
