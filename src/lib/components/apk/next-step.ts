import type { NextStep } from '$lib/data/apk';
import { m } from '$lib/paraglide/messages';

/**
 * Where a suggested step leads. The model stores a target key, not a URL, so routes can move without a
 * new model version; steps that are advice only (e.g. "ask the bedrijfsarts") get no link.
 */
export function nextStepLink(step: NextStep): { href: string; label: string } | null {
	const target = encodeURIComponent(step.target ?? '');
	switch (step.kind) {
		case 'offer':
			return { href: `/mijn/aanbod?apk=${target}`, label: m.apk_step_link_offer() };
		case 'funding':
			return { href: `/mijn/aanbod?financiering=${target}`, label: m.apk_step_link_funding() };
		case 'adviseur':
			return { href: '/mijn/aanbod?soort=loopbaangesprek', label: m.apk_step_link_adviseur() };
		case 'paspoort':
			return { href: '/mijn/skills', label: m.apk_step_link_paspoort() };
		case 'info':
			return step.target === 'kansberoepen' ? { href: `/mijn/aanbod?apk=${target}`, label: m.apk_step_link_offer() } : null;
	}
}
