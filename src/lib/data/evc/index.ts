import { KWALIFICATIES } from './kwalificaties';
import type { Kerntaak, Kwalificatie, Werkproces } from './types';

export { KWALIFICATIES } from './kwalificaties';
export { EVIDENCE_KINDS, type EvidenceKind, type Kerntaak, type Kwalificatie, type Werkproces } from './types';

const byId = new Map(KWALIFICATIES.map((k) => [k.id, k]));
const werkprocesIndex = new Map<string, { werkproces: Werkproces; kerntaak: Kerntaak; kwalificatie: Kwalificatie }>(
	KWALIFICATIES.flatMap((kwalificatie) =>
		kwalificatie.kerntaken.flatMap((kerntaak) => kerntaak.werkprocessen.map((werkproces) => [werkproces.id, { werkproces, kerntaak, kwalificatie }] as const))
	)
);

export function kwalificatieById(id: string): Kwalificatie | undefined {
	return byId.get(id);
}

export function werkprocesById(id: string) {
	return werkprocesIndex.get(id);
}

export function werkprocessenOf(kwalificatie: Kwalificatie): Werkproces[] {
	return kwalificatie.kerntaken.flatMap((k) => [...k.werkprocessen]);
}
