import type { NoticeKind } from '$lib/shared/notices';

export const MAIL_QUEUE = 'mail';

/**
 * What a mail job says. It names people by id and holds no secret of its own (except an invitation's link,
 * which the beheerder also sees on screen): a check or reset secret is made when the job sends.
 */
export type MailJob =
	| { kind: 'verify'; userId: string; email: string }
	| { kind: 'reset'; userId: string }
	| { kind: 'passwordChanged'; userId: string }
	| { kind: 'invitation'; invitationId: string; link: string }
	| { kind: 'notice'; userId: string; notice: NoticeKind; link: string }
	/** An employer's Loopbaan-APK invitation to one address; the code is read from the invitation when sending. */
	| { kind: 'apkInvitation'; invitationId: string }
	/** A resident's request to someone outside the app to confirm skills; the single-use link is made when sending. */
	| { kind: 'externalValidation'; requestId: string };
