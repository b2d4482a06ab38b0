import type { Offer, OfferLevel, RequiredSkill } from '$lib/shared/matching/catalogue-schema';
import type { EducationLevel } from '$lib/shared/sync/entities/paspoort';
import { occupationById, type Occupation } from '$lib/data/taxonomy';
import { GEMEENTEN } from '$lib/data/gemeenten';
import { COURSES, GUIDANCE } from './courses';
import { providerById } from './providers';
import { ROUTES, type OccupationRoute } from './routes';

/**
 * The demo catalogue, built from the compact tables in routes.ts and courses.ts. Everything is
 * derived from fixed data (no clock, no randomness), so every device and test sees the same offers.
 */

const SCHOOL_STARTS = ['2026-09-01', '2027-02-01'] as const;
const VACATURE_CLOSES = ['2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-06-30'] as const;

function occupation(id: string): Occupation {
	const found = occupationById(id);
	if (!found) throw new Error(`Demo catalogue names unknown occupation ${id}`);
	return found;
}

function providerName(id: string): string {
	const provider = providerById(id);
	if (!provider) throw new Error(`Demo catalogue names unknown provider ${id}`);
	return provider.name;
}

const gemeenteNames = new Map<string, string>(GEMEENTEN.map((g) => [g.id, g.name]));
const gemeenteName = (id: string) => gemeenteNames.get(id) ?? id;

/** Diploma routes bring participants to level 2 (mbo 1-2), 3 (mbo 3-4) or 4 (hbo, wo) in every skill. */
function taughtLevelFor(level: OfferLevel): number {
	if (level === 'mbo-1' || level === 'mbo-2') return 2;
	if (level === 'mbo-3' || level === 'mbo-4') return 3;
	return 4;
}

/** Four start dates spread over 2026-2027, shifted per course so not everything starts on one day. */
function courseStarts(index: number): string[] {
	const dates: string[] = [];
	for (let k = 0; k < 4; k++) {
		const monthIndex = (index + k * 5) % 24;
		const year = 2026 + Math.floor(monthIndex / 12);
		const month = String((monthIndex % 12) + 1).padStart(2, '0');
		const day = String(5 + (index % 3) * 7).padStart(2, '0');
		dates.push(`${year}-${month}-${day}`);
	}
	return dates.sort();
}

function schoolEntry(level: OfferLevel): RequiredSkill[] {
	if (level === 'mbo-1' || level === 'mbo-2') return [];
	return [{ skillId: 'nederlands-spreken', minLevel: level === 'hbo' || level === 'wo' ? 3 : 2 }];
}

/** An employer asks for the five core skills: the first two at the occupation's working level. */
function vacatureRequirements(occ: Occupation): RequiredSkill[] {
	const core = taughtLevelFor(occ.typicalLevel);
	const levels = [core, core, Math.max(1, core - 1), Math.max(1, core - 1), 1];
	return occ.skillIds.slice(0, 5).map((skillId, i) => ({ skillId, minLevel: levels[i] ?? 1 }));
}

function vacatureEducation(level: OfferLevel): EducationLevel {
	// Entree-level work (orderpicker, schoonmaak) is open to people without a startkwalificatie.
	return level === 'mbo-1' ? 'geen-startkwalificatie' : level;
}

function routeOffers(route: OccupationRoute, routeIndex: number): Offer[] {
	const occ = occupation(route.occupationId);
	const level = occ.typicalLevel;
	const common = {
		targetOccupationIds: [occ.id],
		labourMarketPerspective: false,
		demo: true
	};
	const schoolDiploma = level === 'hbo' || level === 'wo' ? level : `mbo niveau ${level.slice(4)}`;
	const offers: Offer[] = [
		{
			...common,
			id: `opl-${occ.id}`,
			kind: 'opleiding',
			title: `${occ.label} (${schoolDiploma}, deeltijd)`,
			providerId: route.school,
			gemeenteId: route.schoolGemeente,
			modality: route.modality,
			description: `Deeltijdopleiding bij ${providerName(route.school)} in ${gemeenteName(route.schoolGemeente)}: je leert het vak ${occ.label.toLowerCase()} naast je werk of andere verplichtingen.`,
			requiredSkills: schoolEntry(level),
			level,
			skillsTaught: [...occ.skillIds],
			taughtLevel: taughtLevelFor(level),
			durationWeeks: route.weeks,
			hoursPerWeek: route.weeks >= 52 ? 12 : 16,
			costEuros: route.cost,
			startDates: [...SCHOOL_STARTS]
		}
	];
	if (route.bbl) {
		const employer = providerById(route.bbl);
		offers.push({
			...common,
			id: `bbl-${occ.id}`,
			kind: 'leerwerktraject',
			title: `Leren en werken: ${occ.label.toLowerCase()} (BBL)`,
			providerId: route.bbl,
			schoolProviderId: route.school,
			gemeenteId: employer?.gemeenteId ?? route.schoolGemeente,
			modality: 'werkplek',
			description: `Vier dagen werken bij ${providerName(route.bbl)} en één dag naar school bij ${providerName(route.school)}. Je krijgt salaris en de werkgever betaalt de opleiding.`,
			requiredSkills: [],
			level,
			skillsTaught: [...occ.skillIds],
			taughtLevel: taughtLevelFor(level),
			durationWeeks: Math.max(52, route.weeks),
			hoursPerWeek: 36,
			costEuros: 0,
			startDates: [...SCHOOL_STARTS]
		});
	}
	if (route.module) {
		offers.push({
			...common,
			id: `mod-${occ.id}`,
			kind: 'cursus',
			title: `Certificaattraject ${occ.label.toLowerCase()}: de basis`,
			providerId: route.module.provider,
			gemeenteId: providerById(route.module.provider)?.gemeenteId ?? route.schoolGemeente,
			modality: 'hybride',
			description: `Kort traject met een mbo-certificaat: de drie belangrijkste vaardigheden van een ${occ.label.toLowerCase()}, voor zij-instromers.`,
			requiredSkills: [],
			level,
			certificate: `Mbo-certificaat ${occ.label.toLowerCase()}`,
			skillsTaught: occ.skillIds.slice(0, 3),
			// A short traject gets participants working, not to the full diploma level.
			taughtLevel: Math.min(3, taughtLevelFor(level)),
			durationWeeks: route.module.weeks,
			hoursPerWeek: 6,
			costEuros: route.module.cost,
			startDates: courseStarts(routeIndex)
		});
	}
	route.vacatures.forEach(([employer, gemeente, hoursMin, hoursMax], i) => {
		offers.push({
			...common,
			id: `vac-${occ.id}-${i + 1}`,
			kind: 'vacature',
			title: `${occ.label} (${hoursMin === hoursMax ? hoursMin : `${hoursMin}-${hoursMax}`} uur)`,
			providerId: employer,
			gemeenteId: gemeente,
			modality: 'werkplek',
			description: `${providerName(employer)} zoekt een ${occ.label.toLowerCase()} in ${gemeenteName(gemeente)}. ${occ.description}`,
			requiredSkills: vacatureRequirements(occ),
			educationLevel: vacatureEducation(level),
			hoursPerWeekMin: hoursMin,
			hoursPerWeekMax: hoursMax,
			closesAt: VACATURE_CLOSES[(routeIndex + i) % VACATURE_CLOSES.length]!
		});
	});
	return offers;
}

function courseOffers(): Offer[] {
	return COURSES.map((c, i) => ({
		id: `crs-${c.id}`,
		kind: 'cursus',
		title: c.title,
		providerId: c.provider,
		gemeenteId: c.gemeente,
		modality: c.modality,
		description: `${c.title} bij ${providerName(c.provider)}. Je sluit af met: ${c.certificate}.`,
		targetOccupationIds: [...(c.targets ?? [])],
		requiredSkills: (c.requires ?? []).map(([skillId, minLevel]) => ({ skillId, minLevel })),
		labourMarketPerspective: c.perspective ?? false,
		demo: true,
		level: c.level,
		certificate: c.certificate,
		skillsTaught: [...c.skills],
		taughtLevel: c.taughtLevel,
		durationWeeks: c.weeks,
		hoursPerWeek: c.hoursPerWeek,
		costEuros: c.cost,
		startDates: courseStarts(i)
	}));
}

function guidanceOffers(): Offer[] {
	return GUIDANCE.map((g, i) => ({
		id: `lb-${g.id}`,
		kind: g.kind,
		title: g.title,
		providerId: g.provider,
		gemeenteId: g.gemeente,
		modality: g.modality,
		description: g.description,
		targetOccupationIds: [],
		requiredSkills: [],
		labourMarketPerspective: false,
		demo: true,
		durationWeeks: g.weeks,
		hoursPerWeek: g.hoursPerWeek,
		costEuros: g.cost,
		startDates: courseStarts(i + 7)
	}));
}

export const DEMO_OFFERS: readonly Offer[] = [...ROUTES.flatMap(routeOffers), ...courseOffers(), ...guidanceOffers()];
