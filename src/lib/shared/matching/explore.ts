/**
 * "Wat past bij mij?": occupations in Twente seen from what the person already can. Pure and offline, over the
 * taxonomy and the replicated catalogue. For each occupation: which of its skills the person has (skill claims,
 * driving licences and languages count, as in matching), which are missing, its outlook on the
 * Kansberoepenlijst, the training that leads to it (shortest first) and how many vacatures there are.
 */
import type { Occupation, SectorId } from '$lib/data/taxonomy/types';
import type { Offer, Outlook } from './catalogue-schema';
import { profileClaims } from './match';
import type { OutlookLookup } from './outlook';
import type { MatchProfile } from './types';

export interface OccupationOption {
	occupation: Occupation;
	/** Skills of the occupation the person has, in the occupation's order (most core first). */
	have: string[];
	missing: string[];
	outlook: Outlook;
	/** Why it is on the list besides the skills: a wish, the APK, or the person's own work. */
	wish: boolean;
	fromApk: boolean;
	ownSector: boolean;
	/** Training that leads to it (opleiding, cursus, leerwerktraject), shortest first, at most three. */
	training: Extract<Offer, { kind: 'opleiding' | 'cursus' | 'leerwerktraject' }>[];
	vacatures: number;
}

export interface ExploreInput {
	occupations: readonly Occupation[];
	profile: MatchProfile;
	outlook: OutlookLookup;
	offers: readonly Offer[];
	/** The occupation chosen in the Loopbaan-APK (its motivation block), if any. */
	apkOccupationId?: string | null;
	/** Only occupations of this sector. */
	sector?: SectorId;
	limit?: number;
}

const OUTLOOK_ORDER: Record<Outlook, number> = { kansberoep: 0, neutraal: 1, onbekend: 1, krimp: 2 };
const TRAINING_KINDS: readonly Offer['kind'][] = ['opleiding', 'cursus', 'leerwerktraject'];

/**
 * Ordered by the share of the occupation's skills the person has; equal shares: a kansberoep before a krimp
 * occupation, the person's own sector (work experience, wishes, APK) first, then the label. Occupations of
 * which the person has none of the skills are left out, unless they are a wish or the APK's choice.
 */
export function exploreOccupations(input: ExploreInput): OccupationOption[] {
	const claims = profileClaims(input.profile);
	const wishes = new Set(input.profile.beroepswensen);
	const byId = new Map(input.occupations.map((o) => [o.id, o]));
	const ownSectors = new Set(
		[...(input.profile.experienceOccupationIds ?? []), ...input.profile.beroepswensen, input.apkOccupationId ?? '']
			.map((id) => byId.get(id)?.sector)
			.filter((s): s is SectorId => s !== undefined)
	);
	const training = new Map<string, OccupationOption['training']>();
	const vacatures = new Map<string, number>();
	for (const offer of input.offers) {
		for (const occupationId of offer.targetOccupationIds) {
			if (offer.kind === 'vacature') vacatures.set(occupationId, (vacatures.get(occupationId) ?? 0) + 1);
			else if (TRAINING_KINDS.includes(offer.kind)) {
				const list = training.get(occupationId) ?? [];
				list.push(offer as OccupationOption['training'][number]);
				training.set(occupationId, list);
			}
		}
	}

	const options: (OccupationOption & { share: number })[] = [];
	for (const occupation of input.occupations) {
		if (input.sector && occupation.sector !== input.sector) continue;
		const have = occupation.skillIds.filter((id) => (claims.get(id)?.level ?? 0) > 0);
		const wish = wishes.has(occupation.id);
		const fromApk = input.apkOccupationId === occupation.id;
		if (have.length === 0 && !wish && !fromApk) continue;
		const byTitle = new Map<string, OccupationOption['training'][number]>();
		for (const offer of training.get(occupation.id) ?? []) {
			const key = `${offer.kind}|${offer.providerId}|${offer.title}`;
			const known = byTitle.get(key);
			if (!known || offer.durationWeeks < known.durationWeeks) byTitle.set(key, offer);
		}
		options.push({
			occupation,
			have,
			missing: occupation.skillIds.filter((id) => !have.includes(id)),
			outlook: input.outlook(occupation.id),
			wish,
			fromApk,
			ownSector: ownSectors.has(occupation.sector),
			training: [...byTitle.values()].sort((a, b) => a.durationWeeks * a.hoursPerWeek - b.durationWeeks * b.hoursPerWeek || a.id.localeCompare(b.id)).slice(0, 3),
			vacatures: vacatures.get(occupation.id) ?? 0,
			share: occupation.skillIds.length ? have.length / occupation.skillIds.length : 0
		});
	}
	options.sort(
		(a, b) =>
			b.share - a.share ||
			OUTLOOK_ORDER[a.outlook] - OUTLOOK_ORDER[b.outlook] ||
			Number(b.ownSector) - Number(a.ownSector) ||
			a.occupation.label.localeCompare(b.occupation.label, 'nl')
	);
	return options.slice(0, input.limit ?? options.length).map(({ share: _share, ...option }) => option);
}
