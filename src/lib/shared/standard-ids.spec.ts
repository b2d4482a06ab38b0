import { describe, expect, it } from 'vitest';
import { mappingsFromCatalogue, standardIdLookup, standardIdRecordId, staticIds } from './standard-ids';

const SKILL = 'http://data.europa.eu/esco/skill/3a0c5d1e-6b7f-4c2a-9d8e-1f2a3b4c5d01';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/7b1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e01';

describe('standard ids', () => {
	it('a confirmed mapping wins over the taxonomy; CompetentNL stays the taxonomy’s', () => {
		const base = (kind: 'skill' | 'occupation', id: string) => (kind === 'skill' && id === 'heftruck-rijden' ? { escoUri: 'http://data.europa.eu/esco/skill/old', competentNlId: 'https://competentnl.nl/x' } : staticIds(kind, id));
		const ids = standardIdLookup([{ kind: 'skill', ourId: 'heftruck-rijden', escoUri: SKILL }], base);
		expect(ids('skill', 'heftruck-rijden')).toEqual({ escoUri: SKILL, competentNlId: 'https://competentnl.nl/x' });
		expect(ids('occupation', 'heftruck-rijden')).toEqual({ escoUri: null, competentNlId: null });
		expect(standardIdLookup([])('skill', 'bestaat-niet')).toEqual({ escoUri: null, competentNlId: null });
	});

	it('reads confirmed mappings from the catalogue and leaves anything else out', () => {
		const items = [
			{ kind: 'taxonomy', id: standardIdRecordId('skill', 'heftruck-rijden'), data: { kind: 'skill', ourId: 'heftruck-rijden', escoUri: SKILL } },
			{ kind: 'taxonomy', id: standardIdRecordId('occupation', 'vrachtwagenchauffeur'), data: { kind: 'occupation', ourId: 'vrachtwagenchauffeur', escoUri: OCCUPATION } },
			{ kind: 'taxonomy', id: 'esco-skill-x', data: { kind: 'skill', ourId: 'x', escoUri: OCCUPATION } },
			{ kind: 'taxonomy', id: 'esco-skill-y', data: null },
			{ kind: 'offer', id: 'o', data: { kind: 'skill', ourId: 'z', escoUri: SKILL } }
		];
		expect(mappingsFromCatalogue(items)).toEqual([
			{ kind: 'skill', ourId: 'heftruck-rijden', escoUri: SKILL },
			{ kind: 'occupation', ourId: 'vrachtwagenchauffeur', escoUri: OCCUPATION }
		]);
		expect(standardIdRecordId('skill', 'heftruck-rijden')).toBe('esco-skill-heftruck-rijden');
	});
});
