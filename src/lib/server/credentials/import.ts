import { eq } from 'drizzle-orm';
import type { ImportAnswer } from '$lib/shared/credentials';
import { newId } from '$lib/shared/id';
import type { Db } from '$lib/server/db/client';
import { portfolioSync } from '$lib/server/db/schema';
import { writeEntities } from '$lib/server/sync/server-write';
import { appCredentialContext } from './issue';
import { publicJsonFetcher, type FetchJson } from './public-fetch';
import { verifyDocument } from './verify';

/** Hosts a test server may use despite the address rules (`CREDENTIAL_FETCH_ALLOW_HOSTS`, "host:port,…"); empty in production. */
const defaultFetcher = publicJsonFetcher({ allowHosts: (process.env.CREDENTIAL_FETCH_ALLOW_HOSTS ?? '').split(',').filter(Boolean) });

const monthOf = (iso: string | null): string | null => {
	const month = iso?.slice(0, 7) ?? '';
	return /^(19[5-9]\d|20\d\d)-(0[1-9]|1[0-2])$/.test(month) ? month : null;
};

/**
 * A credential the resident received elsewhere: its signature and (where its list is reachable offline) its
 * status are checked, an Open Badges 2.0 assertion at its issuer (see `public-fetch.ts` for what may be read); a valid one becomes a certificate in the paspoort through the sync write path, so it
 * reaches the resident's devices. Anything else adds nothing and says why.
 */
export async function importCredential(db: Db, input: { userId: string; portfolioId: string; text: string; now?: Date; fetchJson?: FetchJson }): Promise<ImportAnswer> {
	let doc: unknown;
	try {
		doc = JSON.parse(input.text);
	} catch {
		return { outcome: 'unknown-format', statusChecked: false, name: '', issuerName: '', certificateId: null };
	}
	const { loader } = await appCredentialContext(db);
	const result = await verifyDocument(doc, loader, input.now, input.fetchJson ?? defaultFetcher);
	const name = (result.summary?.name ?? '').slice(0, 160);
	const issuerName = (result.summary?.issuerName ?? '').slice(0, 160);
	if (result.outcome !== 'valid' || !name) return { outcome: result.outcome === 'valid' ? 'unknown-format' : result.outcome, statusChecked: result.statusChecked, name, issuerName, certificateId: null };
	const certificateId = newId();
	const [head] = await db.select({ version: portfolioSync.version }).from(portfolioSync).where(eq(portfolioSync.portfolioId, input.portfolioId));
	await writeEntities(db, { userId: input.userId, role: 'inwoner' }, input.portfolioId, [
		{
			entity: 'certificate',
			entityId: certificateId,
			op: 'create',
			baseVersion: head?.version ?? 0,
			patch: { name, kind: 'certificaat', issuer: issuerName, issuedMonth: monthOf(result.summary!.validFrom), validUntilMonth: monthOf(result.summary!.validUntil) }
		}
	]);
	return { outcome: 'valid', statusChecked: result.statusChecked, name, issuerName, certificateId };
}
