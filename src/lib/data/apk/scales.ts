import type { LikertAnchors } from './types';

/** Answer scales shared by many questions; every point is labelled because B1 readers skip bare numbers. */

export const AGREE: LikertAnchors = [
	{ nl: 'Helemaal niet mee eens', en: 'Strongly disagree' },
	{ nl: 'Niet mee eens', en: 'Disagree' },
	{ nl: 'Neutraal', en: 'Neutral' },
	{ nl: 'Mee eens', en: 'Agree' },
	{ nl: 'Helemaal mee eens', en: 'Strongly agree' }
];

export const HOW_OFTEN: LikertAnchors = [
	{ nl: 'Nooit', en: 'Never' },
	{ nl: 'Soms', en: 'Sometimes' },
	{ nl: 'Regelmatig', en: 'Regularly' },
	{ nl: 'Vaak', en: 'Often' },
	{ nl: 'Altijd', en: 'Always' }
];

export const CHANCE: LikertAnchors = [
	{ nl: 'Heel klein', en: 'Very small' },
	{ nl: 'Klein', en: 'Small' },
	{ nl: 'Gemiddeld', en: 'Average' },
	{ nl: 'Groot', en: 'Large' },
	{ nl: 'Heel groot', en: 'Very large' }
];

export const CAN_DO: LikertAnchors = [
	{ nl: 'Dat kan ik nog niet', en: 'I cannot do this yet' },
	{ nl: 'Een beetje', en: 'A little' },
	{ nl: 'Redelijk', en: 'Reasonably well' },
	{ nl: 'Goed', en: 'Well' },
	{ nl: 'Heel goed, ik kan het anderen leren', en: 'Very well, I could teach others' }
];
