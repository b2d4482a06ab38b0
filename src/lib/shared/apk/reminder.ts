/** docs/product.md §3.4: residents are reminded when their last completed scan is a year old. */
export const REMINDER_MONTHS = 12;

/**
 * True from the same calendar day twelve months after the last completed scan. Without any
 * completed scan there is nothing to repeat; the UI invites a first scan instead.
 */
export function isReminderDue(lastCompletedAt: Date | string | null | undefined, now: Date): boolean {
	if (lastCompletedAt === null || lastCompletedAt === undefined) return false;
	const last = new Date(lastCompletedAt);
	// A date that does not parse cannot show that a year has passed; nagging on corrupt data helps nobody.
	if (Number.isNaN(last.getTime())) return false;
	const due = new Date(last);
	due.setUTCMonth(due.getUTCMonth() + REMINDER_MONTHS);
	return now.getTime() >= due.getTime();
}
