import type { EducationLevel } from '$lib/shared/sync/entities/paspoort';
import type { OfferLevel } from './catalogue-schema';

/** havo-vwo sits with mbo 4: both give access to hbo, neither is a higher-education diploma. */
const RANK: Readonly<Record<EducationLevel, number>> = {
	'geen-startkwalificatie': 0,
	'mbo-1': 1,
	'mbo-2': 2,
	'mbo-3': 3,
	'mbo-4': 4,
	'havo-vwo': 4,
	hbo: 5,
	wo: 6
};

export function educationRank(level: EducationLevel | OfferLevel): number {
	return RANK[level];
}
