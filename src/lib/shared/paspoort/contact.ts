/**
 * The e-mail address that may stand on a CV or be shown to someone the resident shares with: the contact
 * address only when it is the account's own, checked address. An address the resident typed but never proved
 * to read could be anyone's, and an employer who writes to it would reach a stranger. Null otherwise.
 */
export function checkedContactEmail(contactEmail: string | null | undefined, account: { email: string; emailVerified: boolean } | null | undefined): string | null {
	const wanted = contactEmail?.trim().toLowerCase();
	if (!wanted || !account?.emailVerified) return null;
	return wanted === account.email.trim().toLowerCase() ? contactEmail!.trim() : null;
}
