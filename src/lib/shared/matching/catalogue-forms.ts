import type { Kansberoep, Offer, Provider } from '$lib/shared/matching/catalogue-schema';

/**
 * Catalogue items as flat HTML form values and back. Lists are typed one item per line or separated by
 * commas; a required skill is `skill-id:level`. Parsing is lenient; the catalogue schemas judge.
 */
export type FormValues = Record<string, string>;

const list = (value: string | undefined): string[] =>
	(value ?? '')
		.split(/[\n,]+/)
		.map((s) => s.trim())
		.filter(Boolean);

/** An empty field stays undefined, so the schema reports it as missing rather than as 0. */
const num = (value: string | undefined): number | undefined => {
	const text = (value ?? '').trim().replace(',', '.');
	return text === '' ? undefined : Number(text);
};

const checked = (value: string | undefined) => value === 'on' || value === 'true';
const orNull = (value: string | undefined) => ((value ?? '').trim() === '' ? null : (value ?? '').trim());

function requiredSkills(value: string | undefined) {
	return list(value).map((entry) => {
		const [skillId = '', level] = entry.split(':').map((s) => s.trim());
		return { skillId, minLevel: level === undefined ? 1 : Number(level) };
	});
}

export function offerFromForm(v: FormValues): Record<string, unknown> {
	const base = {
		id: (v.id ?? '').trim(),
		kind: v.kind,
		title: v.title ?? '',
		providerId: (v.providerId ?? '').trim(),
		gemeenteId: (v.gemeenteId ?? '').trim(),
		modality: v.modality,
		description: v.description ?? '',
		targetOccupationIds: list(v.targetOccupationIds),
		requiredSkills: requiredSkills(v.requiredSkills),
		labourMarketPerspective: checked(v.labourMarketPerspective),
		demo: checked(v.demo)
	};
	const schedule = {
		durationWeeks: num(v.durationWeeks),
		hoursPerWeek: num(v.hoursPerWeek),
		costEuros: num(v.costEuros),
		startDates: list(v.startDates)
	};
	const training = { ...schedule, skillsTaught: list(v.skillsTaught), taughtLevel: num(v.taughtLevel) };
	switch (v.kind) {
		case 'opleiding':
			return { ...base, ...training, level: v.level };
		case 'cursus':
			return { ...base, ...training, level: orNull(v.level), certificate: v.certificate ?? '' };
		case 'leerwerktraject':
			return { ...base, ...training, level: v.level, schoolProviderId: (v.schoolProviderId ?? '').trim() };
		case 'vacature':
			return { ...base, educationLevel: v.educationLevel, hoursPerWeekMin: num(v.hoursPerWeekMin), hoursPerWeekMax: num(v.hoursPerWeekMax), closesAt: (v.closesAt ?? '').trim() };
		default:
			return { ...base, ...schedule };
	}
}

export function offerToForm(offer: Offer): FormValues {
	const values: FormValues = {
		id: offer.id,
		kind: offer.kind,
		title: offer.title,
		providerId: offer.providerId,
		gemeenteId: offer.gemeenteId,
		modality: offer.modality,
		description: offer.description,
		targetOccupationIds: offer.targetOccupationIds.join(', '),
		requiredSkills: offer.requiredSkills.map((r) => `${r.skillId}:${r.minLevel}`).join('\n'),
		labourMarketPerspective: offer.labourMarketPerspective ? 'on' : '',
		demo: offer.demo ? 'on' : ''
	};
	for (const [key, value] of Object.entries(offer)) {
		if (key in values) continue;
		if (Array.isArray(value)) values[key] = value.join(key === 'startDates' ? ', ' : '\n');
		else values[key] = value === null || value === undefined ? '' : String(value);
	}
	return values;
}

export function providerFromForm(v: FormValues): Record<string, unknown> {
	return {
		id: (v.id ?? '').trim(),
		name: v.name ?? '',
		kind: v.kind,
		gemeenteId: (v.gemeenteId ?? '').trim(),
		website: orNull(v.website),
		description: v.description ?? '',
		demo: checked(v.demo)
	};
}

export function providerToForm(p: Provider): FormValues {
	return { id: p.id, name: p.name, kind: p.kind, gemeenteId: p.gemeenteId, website: p.website ?? '', description: p.description, demo: p.demo ? 'on' : '' };
}

export function kansberoepFromForm(v: FormValues): Record<string, unknown> {
	return {
		occupationId: (v.occupationId ?? '').trim(),
		outlook: v.outlook,
		source: { title: v.sourceTitle ?? '', url: orNull(v.sourceUrl), reference: orNull(v.sourceReference) },
		checkedAt: (v.checkedAt ?? '').trim(),
		verified: checked(v.verified),
		demo: checked(v.demo)
	};
}

export function kansberoepToForm(k: Kansberoep): FormValues {
	return {
		occupationId: k.occupationId,
		outlook: k.outlook,
		sourceTitle: k.source.title,
		sourceUrl: k.source.url ?? '',
		sourceReference: k.source.reference ?? '',
		checkedAt: k.checkedAt,
		verified: k.verified ? 'on' : '',
		demo: k.demo ? 'on' : ''
	};
}
