import { liveQuery, type Subscription } from 'dexie';
import { occupationById } from '../data/taxonomy';
import { ruleSetOn } from '../shared/funding/options';
import type { FundingPerson, FundingRuleSet } from '../shared/funding/types';
import { kansberoepSchema, offerSchema, providerSchema, type Kansberoep, type Offer, type Provider } from '../shared/matching/catalogue-schema';
import { createOutlookLookup, type OutlookLookup } from '../shared/matching/outlook';
import type { MatchOptions, MatchProfile, MatchSkillClaim } from '../shared/matching/types';
import type { PlanItemValues, VoucherDraftValues } from '../shared/sync/entities/aanbod';
import type { ProfileValues } from '../shared/sync/entities/profile';
import type { CatalogueItem, LocalRecord, SyncDatabase } from './db';

const RECORD_ENTITIES = ['profile', 'skillClaim', 'language', 'workExperience', 'planItem', 'voucherDraft'] as const;
const EMPLOYED: readonly string[] = ['werkend', 'werkend-ontslagdreiging', 'zzp'];

export type PlanItem = PlanItemValues & { id: string };
export type VoucherDraft = VoucherDraftValues & { id: string };

/** Today on this device, in its own time zone, as the ISO date the catalogue's start dates use ('sv-SE' formats as YYYY-MM-DD). */
export function todayIso(): string {
	return new Intl.DateTimeFormat('sv-SE').format(Date.now());
}

/**
 * Catalogue items are read through their schema: an item this app version does not understand (or a
 * beheerder's archived one) is left out rather than breaking the page.
 */
function parseItems<T>(items: readonly CatalogueItem[], kind: string, parse: (data: unknown) => T | null): T[] {
	const out: T[] = [];
	for (const item of items) {
		if (item.kind !== kind || (item.data as { archived?: boolean } | null)?.archived === true) continue;
		const parsed = parse(item.data);
		if (parsed !== null) out.push(parsed);
	}
	return out;
}

const safe =
	<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }) =>
	(data: unknown): T | null => {
		const result = schema.safeParse(data);
		return result.success ? result.data : null;
	};

/**
 * What the aanbod pages need from the device: the replicated catalogue and the resident's paspoort,
 * plan and voucher drafts, all live from Dexie, so matching runs offline and follows every pull.
 */
export class AanbodData {
	#catalogue = $state<CatalogueItem[] | null>(null);
	#records = $state<LocalRecord[] | null>(null);
	#subscriptions: Subscription[] = [];

	get loaded(): boolean {
		return this.#catalogue !== null && this.#records !== null;
	}

	readonly offers: Offer[] = $derived(parseItems(this.#catalogue ?? [], 'offer', safe(offerSchema)));
	readonly providers: Provider[] = $derived(parseItems(this.#catalogue ?? [], 'provider', safe(providerSchema)));
	readonly kansberoepen: Kansberoep[] = $derived(parseItems(this.#catalogue ?? [], 'kansberoep', safe(kansberoepSchema)));
	readonly ruleSets: FundingRuleSet[] = $derived(
		// Rule sets were validated by the beheerder's editor; the device only needs their shape.
		parseItems(this.#catalogue ?? [], 'fundingRule', (data) => (data && typeof data === 'object' && 'rules' in data ? (data as FundingRuleSet) : null))
	);
	readonly outlook: OutlookLookup = $derived(createOutlookLookup(this.kansberoepen, (id) => occupationById(id) !== undefined));
	readonly fundingRules: FundingRuleSet | undefined = $derived(ruleSetOn(this.ruleSets, todayIso()));

	readonly profile: Partial<ProfileValues> = $derived(
		(this.#records?.find((r) => r.entity === 'profile')?.data ?? {}) as Partial<ProfileValues>
	);
	readonly skillClaims: MatchSkillClaim[] = $derived(
		(this.#records ?? []).filter((r) => r.entity === 'skillClaim').map((r) => r.data as unknown as MatchSkillClaim)
	);
	readonly languages: { language: string; level: string }[] = $derived(
		(this.#records ?? []).filter((r) => r.entity === 'language').map((r) => r.data as { language: string; level: string })
	);
	readonly experienceOccupationIds: string[] = $derived(
		(this.#records ?? [])
			.filter((r) => r.entity === 'workExperience')
			.map((r) => (r.data as { occupationId?: string | null }).occupationId)
			.filter((id): id is string => typeof id === 'string' && id.length > 0)
	);
	readonly planItems: PlanItem[] = $derived(
		(this.#records ?? []).filter((r) => r.entity === 'planItem').map((r) => ({ ...(r.data as PlanItemValues), id: r.id }))
	);
	readonly voucherDrafts: VoucherDraft[] = $derived(
		(this.#records ?? []).filter((r) => r.entity === 'voucherDraft').map((r) => ({ ...(r.data as VoucherDraftValues), id: r.id }))
	);

	readonly matchProfile: MatchProfile = $derived.by(() => {
		const p = this.profile;
		return {
			skillClaims: this.skillClaims,
			beroepswensen: p.beroepswensen ?? [],
			drivingLicences: p.drivingLicences ?? [],
			languages: this.languages,
			experienceOccupationIds: this.experienceOccupationIds,
			educationLevel: p.educationLevel ?? null,
			woonplaats: p.woonplaats ?? '',
			employed: p.situation ? EMPLOYED.includes(p.situation) : false,
			constraints: {
				maxTravelMinutes: p.maxTravelMinutes ?? undefined,
				hoursPerWeek: p.hoursPerWeek ?? undefined
			}
		};
	});

	readonly fundingPerson: FundingPerson = $derived({
		woonplaats: this.matchProfile.woonplaats,
		werkgemeente: null,
		educationLevel: this.matchProfile.educationLevel,
		employed: this.matchProfile.employed ?? false
	});

	readonly matchContext: MatchOptions = $derived({
		outlook: this.outlook,
		occupationSkillIds: (id: string) => occupationById(id)?.skillIds,
		occupationSector: (id: string) => occupationById(id)?.sector,
		fundingRules: this.fundingRules,
		today: todayIso()
	});

	offer(id: string): Offer | undefined {
		return this.offers.find((o) => o.id === id);
	}

	providerName(id: string): string {
		return this.providers.find((p) => p.id === id)?.name ?? id;
	}

	/** Follows the sync manager's database; returns the cleanup for an $effect. */
	connect(db: SyncDatabase | null): () => void {
		this.#disconnect();
		if (db) {
			this.#subscriptions = [
				liveQuery(() => db.catalogue.toArray()).subscribe((items) => (this.#catalogue = items)),
				liveQuery(() => db.records.where('entity').anyOf([...RECORD_ENTITIES]).toArray()).subscribe((records) => (this.#records = records))
			];
		}
		return () => this.#disconnect();
	}

	#disconnect() {
		for (const s of this.#subscriptions) s.unsubscribe();
		this.#subscriptions = [];
	}
}
