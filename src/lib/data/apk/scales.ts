import type { LikertAnchors } from './types';

/** Answer scales shared by many questions; every point is labelled because B1 readers skip bare numbers. */

export const AGREE: LikertAnchors = [
	{ nl: 'Helemaal niet mee eens', en: 'Strongly disagree', de: 'Stimme überhaupt nicht zu' },
	{ nl: 'Niet mee eens', en: 'Disagree', de: 'Stimme nicht zu' },
	{ nl: 'Neutraal', en: 'Neutral', de: 'Neutral' },
	{ nl: 'Mee eens', en: 'Agree', de: 'Stimme zu' },
	{ nl: 'Helemaal mee eens', en: 'Strongly agree', de: 'Stimme voll zu' }
];

export const HOW_OFTEN: LikertAnchors = [
	{ nl: 'Nooit', en: 'Never', de: 'Nie' },
	{ nl: 'Soms', en: 'Sometimes', de: 'Manchmal' },
	{ nl: 'Regelmatig', en: 'Regularly', de: 'Regelmäßig' },
	{ nl: 'Vaak', en: 'Often', de: 'Oft' },
	{ nl: 'Altijd', en: 'Always', de: 'Immer' }
];

export const CHANCE: LikertAnchors = [
	{ nl: 'Heel klein', en: 'Very small', de: 'Sehr klein' },
	{ nl: 'Klein', en: 'Small', de: 'Klein' },
	{ nl: 'Gemiddeld', en: 'Average', de: 'Mittel' },
	{ nl: 'Groot', en: 'Large', de: 'Groß' },
	{ nl: 'Heel groot', en: 'Very large', de: 'Sehr groß' }
];

export const CAN_DO: LikertAnchors = [
	{ nl: 'Dat kan ik nog niet', en: 'I cannot do this yet', de: 'Das kann ich noch nicht' },
	{ nl: 'Een beetje', en: 'A little', de: 'Ein bisschen' },
	{ nl: 'Redelijk', en: 'Reasonably well', de: 'Ganz gut' },
	{ nl: 'Goed', en: 'Well', de: 'Gut' },
	{ nl: 'Heel goed, ik kan het anderen leren', en: 'Very well, I could teach others', de: 'Sehr gut, ich kann es anderen beibringen' }
];
