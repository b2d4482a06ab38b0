import { getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { personalThrottleKeys } from '$lib/server/auth/throttle';
import * as schema from '$lib/server/db/schema';

/**
 * Which tables hold data about a person, found from the schema itself so a new table is never silently
 * left out of the export or the deletion:
 * - a column with a foreign key to `portfolio` belongs to the portfolio's owner: always exported;
 * - a column with a foreign key to `app_user` is either the person the row is about (exported) or someone
 *   who acted on another person's record (not exported): every such column is listed below, and a test
 *   fails for one that is not;
 * - a column with a foreign key to a table that is exported (a voucher's status events, a device's sync
 *   conflicts) follows its parent row.
 * Deleting the `app_user` row removes them all through the foreign keys (cascade, or set null for the
 * acting-on-someone-else columns); the test checks that afterwards no column still points at the person.
 */

/** Foreign-key columns to `app_user`, `<table>.<column>`: who the row is about, or why it is left out. */
export const USER_COLUMNS: Record<string, { about: true } | { notExported: string }> = {
	'user_role.user_id': { about: true },
	'session.user_id': { about: true },
	'portfolio.owner_id': { about: true },
	'sync_client.user_id': { about: true },
	'voucher_application.applicant_id': { about: true },
	'apk_invitation.accepted_by': { about: true },
	'klantervaring.user_id': { about: true },
	'email_token.user_id': { about: true },
	'notification_preference.user_id': { about: true },
	'push_subscription.user_id': { about: true },
	'staff_bericht.user_id': { about: true },
	'invitation.invited_by': { notExported: "Invitations this person sent to other people; they hold the other people's email addresses." },
	'voucher_application.adviser_id': { notExported: "The adviser handling another resident's voucher; it belongs to that resident's data." },
	'voucher_status_event.actor_id': { notExported: "A status change this person made on another resident's voucher." },
	'voucher_budget.updated_by': { notExported: 'Who last set the yearly fund budget; not about a person.' },
	'apk_invitation.created_by': { notExported: "An employer's invitation to an employee; the employee's own invitation is exported by accepted_by and email." },
	'share_grant.grantee_user_id': { notExported: "Access another resident gave this person; it is part of that resident's data." },
	'access_log.viewer_id': { notExported: "This person's views of another resident's portfolio; that resident's access log." },
	'gesprek_code.used_by': { notExported: "The adviser who redeemed another resident's gesprek code." },
	'gesprek_note.adviser_id': { notExported: "A gespreksverslag this adviser wrote in another resident's portfolio; the resident's own copy." },
	'gesprek_suggestion.adviser_id': { notExported: "A suggestion this adviser made in another resident's portfolio." },
	'skill_validation.adviser_id': { notExported: "A validation this adviser gave in another resident's portfolio." },
	'esco_mapping.confirmed_by': { notExported: 'The beheerder who confirmed a standard id for one of our skills or occupations; not about a person.' },
	'contact_request.sender_id': { notExported: "An employer's request to another resident; part of that resident's data." },
	...Object.fromEntries(
		[
			'profile',
			'skill_claim',
			'work_experience',
			'education',
			'certificate',
			'language_skill',
			'plan_item',
			'voucher_draft',
			'followed_search',
			'apk_scan',
			'apk_answer',
			'evc_track',
			'evc_evidence',
			'evc_review',
			'evc_outcome',
			'bericht'
		].map((table) => [`${table}.updated_by`, { notExported: "Who last changed a synced record; for a record in another resident's portfolio that is theirs." }])
	)
};

/** Columns left out of the export although their row is in it. */
export const OMITTED_COLUMNS: Record<string, string> = {
	'app_user.password_hash': 'A hash of the password: of no use to the person and a risk in a file that gets passed around.',
	'session.id': 'Half of a sign-in token.',
	'session.secret_hash': 'A hash of the other half of a sign-in token.',
	'invitation.secret_hash': 'A hash of the invitation link.',
	'app_user.unsubscribe_key': 'The secret in unsubscribe links; it works without signing in, so it stays out of a file that gets passed around.',
	'email_token.secret_hash': 'A hash of a link sent by mail.',
	'external_validation.secret_hash': 'A hash of the single-use link sent to the person asked to confirm skills.',
	'email_token.code_hash': 'A hash of a code sent by mail.',
	'push_subscription.auth': "The secret a device's push messages are encrypted with; with the endpoint it would let anyone holding the file write to that device."
};

/**
 * Rows matched on values made from the person's email address or id, not on a foreign key (an invitation
 * before the account existed, protective counters keyed by email or account).
 */
export const SUBJECT_MATCHES: Record<string, (person: { userId: string; email: string }) => string[]> = {
	'invitation.email': ({ email }) => [email],
	'apk_invitation.email': ({ email }) => [email],
	'throttle_counter.key': (person) => personalThrottleKeys(person)
};

export type Link =
	| { kind: 'self'; column: PgColumn }
	| { kind: 'portfolio'; column: PgColumn }
	| { kind: 'user'; column: PgColumn; about: boolean }
	| { kind: 'parent'; column: PgColumn; parent: string; parentKey: string }
	| { kind: 'subject'; column: PgColumn; values: (person: { userId: string; email: string }) => string[] };

export interface PersonalTable {
	name: string;
	table: PgTable;
	/** JS property name of each database column. */
	keys: Map<string, string>;
	links: Link[];
}

const USER_TABLE = getTableConfig(schema.user).name;
const PORTFOLIO_TABLE = getTableConfig(schema.portfolio).name;

export function allTables(): PgTable[] {
	return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
}

/**
 * Every table with a link to a person, in an order where a parent table comes before the tables that
 * follow it. A foreign key to `app_user` that is not in USER_COLUMNS is an error.
 */
export function personalTables(tables: PgTable[] = allTables()): PersonalTable[] {
	const found = new Map<string, PersonalTable>();
	const pendingParents: { name: string; column: PgColumn; parent: string; parentColumn: string }[] = [];

	for (const table of tables) {
		const config = getTableConfig(table);
		const keys = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, key]));
		const links: Link[] = [];
		if (config.name === USER_TABLE) links.push({ kind: 'self', column: schema.user.id });
		for (const fk of config.foreignKeys) {
			const reference = fk.reference();
			const column = reference.columns[0]!;
			const target = getTableConfig(reference.foreignTable).name;
			const key = `${config.name}.${column.name}`;
			if (target === PORTFOLIO_TABLE) links.push({ kind: 'portfolio', column });
			else if (target === USER_TABLE) {
				const rule = USER_COLUMNS[key];
				if (!rule) throw new Error(`${key} points at a person: add it to USER_COLUMNS (exported, or why not)`);
				links.push({ kind: 'user', column, about: 'about' in rule });
			} else pendingParents.push({ name: config.name, column, parent: target, parentColumn: reference.foreignColumns[0]!.name });
		}
		for (const [key, values] of Object.entries(SUBJECT_MATCHES)) {
			const [tableName, columnName] = key.split('.');
			if (tableName !== config.name) continue;
			const column = config.columns.find((c) => c.name === columnName);
			if (!column) throw new Error(`${key} does not exist`);
			links.push({ kind: 'subject', column, values });
		}
		// A table that only names the person as someone acting on another's record is not about them.
		if (links.some((link) => link.kind !== 'user' || link.about)) found.set(config.name, { name: config.name, table, keys, links });
	}

	// A row that points at a person's row is the person's too (repeat until nothing new is found).
	let added = true;
	while (added) {
		added = false;
		for (const pending of pendingParents) {
			const parent = found.get(pending.parent);
			if (!parent) continue;
			const child =
				found.get(pending.name) ??
				(() => {
					const table = tables.find((t) => getTableConfig(t).name === pending.name)!;
					const entry: PersonalTable = { name: pending.name, table, keys: new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, key])), links: [] };
					found.set(pending.name, entry);
					return entry;
				})();
			if (child.links.some((l) => l.column === pending.column)) continue;
			child.links.push({ kind: 'parent', column: pending.column, parent: pending.parent, parentKey: parent.keys.get(pending.parentColumn)! });
			added = true;
		}
	}

	// Parents first.
	const ordered: PersonalTable[] = [];
	const visit = (entry: PersonalTable, path: Set<string>) => {
		if (ordered.includes(entry) || path.has(entry.name)) return;
		path.add(entry.name);
		for (const link of entry.links) if (link.kind === 'parent') visit(found.get(link.parent)!, path);
		path.delete(entry.name);
		ordered.push(entry);
	};
	for (const entry of found.values()) visit(entry, new Set());
	return ordered;
}
