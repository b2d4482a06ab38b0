import type { CatalogueItem } from '$lib/client/db';
import type { Row } from '$lib/client/replica.svelte';
import { syncManager } from '$lib/client/sync-manager.svelte';
import { occupationById } from '$lib/data/taxonomy';
import { ruleSetOn } from '$lib/shared/funding/options';
import type { FundingPerson, FundingRuleSet } from '$lib/shared/funding/types';
import { kansberoepSchema, offerSchema, providerSchema, type Kansberoep, type Offer, type Provider } from '$lib/shared/matching/catalogue-schema';
import { createOutlookLookup, type OutlookLookup } from '$lib/shared/matching/outlook';
import type { MatchOptions, MatchProfile, MatchSkillClaim } from '$lib/shared/matching/types';
import type { ProfileValues } from '$lib/shared/sync/entities/profile';

const EMPLOYED: readonly string[] = ['werkend', 'werkend-ontslagdreiging', 'zzp'];

export type PlanItem = Row<'planItem'>;
export type VoucherDraft = Row<'voucherDraft'>;

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
 * plan and voucher drafts, a view over the replica, so matching runs offline and follows every pull.
 */
export class AanbodData {
	readonly #catalogue: CatalogueItem[] | null = $derived(syncManager.replica?.catalogue() ?? null);
	readonly #profileRows = $derived(syncManager.replica?.rows('profile') ?? null);
	readonly #skillClaims = $derived(syncManager.replica?.rows('skillClaim') ?? null);
	readonly #languages = $derived(syncManager.replica?.rows('language') ?? null);
	readonly #workExperiences = $derived(syncManager.replica?.rows('workExperience') ?? null);
	readonly #planItems = $derived(syncManager.replica?.rows('planItem') ?? null);
	readonly #voucherDrafts = $derived(syncManager.replica?.rows('voucherDraft') ?? null);

	get loaded(): boolean {
		return (
			this.#catalogue !== null &&
			[this.#profileRows, this.#skillClaims, this.#languages, this.#workExperiences, this.#planItems, this.#voucherDrafts].every((rows) => rows !== null)
		);
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

	readonly profile: Partial<ProfileValues> = $derived.by(() => {
		const { id: _id, ...profile } = this.#profileRows?.[0] ?? { id: '' };
		return profile;
	});
	readonly skillClaims: MatchSkillClaim[] = $derived((this.#skillClaims ?? []).map(({ id: _id, ...claim }) => claim));
	readonly languages: { language: string; level: string }[] = $derived((this.#languages ?? []).map(({ id: _id, ...language }) => language));
	readonly experienceOccupationIds: string[] = $derived(
		(this.#workExperiences ?? []).map((w) => w.occupationId).filter((id): id is string => typeof id === 'string' && id.length > 0)
	);
	readonly planItems: PlanItem[] = $derived(this.#planItems ?? []);
	readonly voucherDrafts: VoucherDraft[] = $derived(this.#voucherDrafts ?? []);

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
}
