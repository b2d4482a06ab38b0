import { TALK_TO_ADVISEUR, KANSBEROEPEN_INFO, TFVV_FUNDING, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE, CHANCE } from '$lib/data/apk/scales';
import type { MarketBlock } from '$lib/data/apk/types';

export const arbeidsmarkt: MarketBlock = {
	kind: 'market',
	id: 'arbeidsmarkt',
	title: { nl: 'Arbeidsmarktpositie en risico', en: 'Labour-market position and risk', de: 'Lage auf dem Arbeitsmarkt und Risiko' },
	intro: {
		nl: 'Deze vragen gaan over je kansen op werk, nu en later. We kijken ook of je beroep een kansberoep is in Twente.',
		en: 'These questions are about your chances of work, now and later. We also check whether your occupation is in demand in Twente.',
		de: 'Diese Fragen betreffen Ihre Chancen auf Arbeit, jetzt und später. Wir schauen auch, ob Ihr Beruf in Twente ein Beruf mit guten Chancen ist.'
	},
	thresholds: { groen: 65, rood: 40 },
	// The outlook is the one fact in this block that does not come from the resident's own estimate,
	// so it weighs as much as two questions. With a shrinking occupation the block cannot reach groen.
	outlookPoints: { kansberoep: 100, neutraal: 50, krimp: 0, onbekend: null },
	outlookWeight: 2,
	questions: [
		{
			id: 'arbeidsmarkt.automatisering',
			type: 'likert',
			text: {
				nl: 'Hoe groot is de kans dat computers of machines veel van jouw werk gaan overnemen?',
				en: 'How likely is it that computers or machines will take over much of your work?',
				de: 'Wie groß ist die Chance, dass Computer oder Maschinen viel von Ihrer Arbeit übernehmen?'
			},
			anchors: CHANCE,
			higherIsBetter: false
		},
		{
			id: 'arbeidsmarkt.zoekduur',
			type: 'choice',
			text: {
				nl: 'Stel dat je nu ander werk zoekt dat op je werk lijkt. Hoe lang duurt het om dat te vinden, denk je?',
				en: 'Suppose you look for other work similar to yours now. How long do you think it takes to find it?',
				de: 'Angenommen, Sie suchen jetzt eine andere Arbeit, die Ihrer Arbeit ähnelt. Wie lange dauert es, bis Sie sie finden, glauben Sie?'
			},
			options: [
				{ id: 'binnen-3-maanden', label: { nl: 'Minder dan 3 maanden', en: 'Less than 3 months', de: 'Weniger als 3 Monate' }, points: 100 },
				{ id: '3-tot-6-maanden', label: { nl: '3 tot 6 maanden', en: '3 to 6 months', de: '3 bis 6 Monate' }, points: 75 },
				{ id: '6-tot-12-maanden', label: { nl: '6 maanden tot een jaar', en: '6 months to a year', de: '6 Monate bis ein Jahr' }, points: 25 },
				{ id: 'langer', label: { nl: 'Langer dan een jaar', en: 'More than a year', de: 'Länger als ein Jahr' }, points: 0 },
				// Not knowing is itself a signal that the resident lacks a view of the market.
				{ id: 'weet-niet', label: { nl: 'Dat weet ik niet', en: 'I do not know', de: 'Das weiß ich nicht' }, points: 50 }
			]
		},
		{
			id: 'arbeidsmarkt.netwerk',
			type: 'likert',
			text: {
				nl: 'Ik ken mensen die mij kunnen helpen om werk te vinden.',
				en: 'I know people who can help me find work.',
				de: 'Ich kenne Menschen, die mir helfen können, Arbeit zu finden.'
			},
			anchors: AGREE,
			higherIsBetter: true
		}
	],
	explanations: {
		groen: {
			nl: 'Je hebt goede kansen op werk, nu en de komende jaren.',
			en: 'You have good chances of work, now and in the coming years.',
			de: 'Sie haben gute Chancen auf Arbeit, jetzt und in den nächsten Jahren.'
		},
		oranje: {
			nl: 'Je kansen zijn redelijk, maar je werk kan veranderen, dus blijf goed opletten.',
			en: 'Your chances are fair, but your work may change, so keep an eye on it.',
			de: 'Ihre Chancen sind ganz gut, aber Ihre Arbeit kann sich verändern, also bleiben Sie aufmerksam.'
		},
		rood: {
			nl: 'Je werk loopt risico, en het is slim om nu al naar ander werk te kijken.',
			en: 'Your work is at risk, and it is wise to look at other work now.',
			de: 'Ihre Arbeit ist in Gefahr, und es ist klug, schon jetzt nach anderer Arbeit zu schauen.'
		}
	},
	nextSteps: {
		groen: [KEEP_IT_UP],
		oranje: [KANSBEROEPEN_INFO, TALK_TO_ADVISEUR],
		rood: [
			TALK_TO_ADVISEUR,
			{
				kind: 'offer',
				id: 'apk.arbeidsmarkt.omscholen-kansberoep',
				title: { nl: 'Bekijk omscholing naar een kansberoep', en: 'Look at retraining for an occupation in demand', de: 'Umschulung zu einem Beruf mit guten Chancen ansehen' },
				description: {
					nl: 'Met een opleiding of leerwerkplek stap je over naar werk met meer toekomst.',
					en: 'With a course or a work-based learning place you move to work with more future.',
					de: 'Mit einer Ausbildung oder einem Ausbildungsplatz wechseln Sie zu Arbeit mit mehr Zukunft.'
				},
				target: 'opleiding-kansberoep'
			},
			TFVV_FUNDING
		]
	}
};
