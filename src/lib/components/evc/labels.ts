import type { Kerntaak, Kwalificatie, Werkproces } from '$lib/data/evc';
import { keyed } from '$lib/components/paspoort/labels';
import { getLocale } from '$lib/paraglide/runtime';

const english = () => getLocale() === 'en';
export const kwalificatieName = (k: Kwalificatie) => (english() ? k.nameEn : k.name);
export const kerntaakTitle = (k: Kerntaak) => (english() ? k.titleEn : k.title);
export const werkprocesTitle = (w: Werkproces) => (english() ? w.titleEn : w.title);
export const werkprocesDescription = (w: Werkproces) => (english() ? w.descriptionEn : w.description);
export const kindLabel = (kind: string) => keyed('evc_kind_', kind);
export const verdictLabel = (verdict: string) => keyed('evc_verdict_', verdict);
export const outcomeKindLabel = (kind: string) => keyed('evc_outcome_kind_', kind);
