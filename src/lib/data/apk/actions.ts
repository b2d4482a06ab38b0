import type { NextStep } from './types';

/**
 * Next steps that several blocks suggest. One id per action means the ontwikkelplan recognises
 * "praat met een adviseur" as the same action whichever block suggested it.
 */

export const TALK_TO_ADVISEUR: NextStep = {
	kind: 'adviseur',
	id: 'apk.adviseur.loopbaangesprek',
	title: { nl: 'Praat met een adviseur', en: 'Talk to an adviser', de: 'Sprechen Sie mit der Beratung' },
	description: {
		nl: 'Maak een afspraak voor een gratis loopbaangesprek. Samen kijk je wat bij je past.',
		en: 'Book a free career conversation. Together you look at what suits you.',
		de: 'Vereinbaren Sie einen Termin für ein kostenloses Berufsberatungsgespräch. Gemeinsam schauen Sie, was zu Ihnen passt.'
	},
	target: 'loopbaangesprek'
};

export const TFVV_FUNDING: NextStep = {
	kind: 'funding',
	id: 'apk.funding.tfvv',
	title: { nl: 'Bekijk het Twents Fonds voor Vakmanschap', en: 'Look at the Twents Fonds voor Vakmanschap', de: 'Den Twents Fonds voor Vakmanschap ansehen' },
	description: {
		nl: 'Met een scholingscheque betaal je een deel van een opleiding voor een kansberoep.',
		en: 'A training voucher pays part of a course for an occupation with good prospects.',
		de: 'Mit einem Weiterbildungsscheck bezahlen Sie einen Teil einer Ausbildung für einen Beruf mit guten Chancen.'
	},
	target: 'tfvv'
};

export const EMPLOYER_FUNDING: NextStep = {
	kind: 'funding',
	id: 'apk.funding.werkgever',
	title: { nl: 'Vraag je werkgever om een bijdrage', en: 'Ask your employer to contribute', de: 'Bitten Sie Ihren Arbeitgeber um einen Beitrag' },
	description: {
		nl: 'Veel werkgevers en O&O-fondsen betalen mee aan scholing. Vraag het na bij je werkgever.',
		en: 'Many employers and sector training funds pay towards training. Ask your employer.',
		de: 'Viele Arbeitgeber und O&O-Fonds (Branchenfonds für Weiterbildung) bezahlen Weiterbildung mit. Fragen Sie bei Ihrem Arbeitgeber nach.'
	},
	target: 'werkgever-oo-fonds'
};

export const CHECK_SKILLS_IN_PASPOORT: NextStep = {
	kind: 'paspoort',
	id: 'apk.paspoort.skills-bijwerken',
	title: { nl: 'Werk je skills bij in je paspoort', en: 'Update your skills in your paspoort', de: 'Aktualisieren Sie Ihre Fähigkeiten im Pass' },
	description: {
		nl: 'Zet erin wat je kunt, met bewijs als je dat hebt. Dan zie je beter welk werk past.',
		en: 'Add what you can do, with proof if you have it. Then you see better which work fits.',
		de: 'Tragen Sie ein, was Sie können, mit Nachweis, wenn Sie einen haben. Dann sehen Sie besser, welche Arbeit passt.'
	},
	target: 'skills'
};

export const KANSBEROEPEN_INFO: NextStep = {
	kind: 'info',
	id: 'apk.info.kansberoepen',
	title: { nl: 'Bekijk de kansberoepen in Twente', en: 'See the occupations in demand in Twente', de: 'Berufe mit guten Chancen in Twente ansehen' },
	description: {
		nl: 'In deze beroepen zoeken werkgevers in Twente veel mensen.',
		en: 'Employers in Twente are looking for many people in these occupations.',
		de: 'In diesen Berufen suchen Arbeitgeber in Twente viele Menschen.'
	},
	target: 'kansberoepen'
};

export const KEEP_IT_UP: NextStep = {
	kind: 'info',
	id: 'apk.info.volgend-jaar',
	title: { nl: 'Doe de APK over een jaar weer', en: 'Take the APK again in a year', de: 'Machen Sie die APK in einem Jahr noch einmal' },
	description: {
		nl: 'Zo zie je op tijd of er iets verandert.',
		en: 'That way you notice in time when something changes.',
		de: 'So sehen Sie rechtzeitig, ob sich etwas verändert.'
	},
	target: 'apk-herinnering'
};
