import { TALK_TO_ADVISEUR, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE, HOW_OFTEN } from '$lib/data/apk/scales';
import type { FixedBlock } from '$lib/data/apk/types';

/** Own items, written for this project: the Work Ability Index is licensed and is not used. */
export const werkvermogen: FixedBlock = {
	kind: 'fixed',
	id: 'werkvermogen',
	title: { nl: 'Werkvermogen en gezondheid', en: 'Work ability and health', de: 'Arbeitsfähigkeit und Gesundheit' },
	intro: {
		nl: 'Deze vragen gaan over hoe goed je je werk kunt doen. Denk aan je huidige werk, of aan het werk dat je zoekt.',
		en: 'These questions are about how well you can do your work. Think of your current job, or the work you are looking for.',
		de: 'Diese Fragen betreffen, wie gut Sie Ihre Arbeit machen können. Denken Sie an Ihre jetzige Arbeit oder an die Arbeit, die Sie suchen.'
	},
	thresholds: { groen: 70, rood: 45 },
	questions: [
		{
			id: 'werkvermogen.aankunnen',
			type: 'likert',
			text: { nl: 'Ik kan mijn werk goed aan.', en: 'I can cope well with my work.', de: 'Ich schaffe meine Arbeit gut.' },
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'werkvermogen.lichaam',
			type: 'likert',
			text: {
				nl: 'Mijn lichaam kan aan wat mijn werk vraagt, zoals tillen, staan of lang zitten.',
				en: 'My body can handle what my work asks, such as lifting, standing or sitting for long.',
				de: 'Mein Körper schafft, was meine Arbeit verlangt, zum Beispiel Heben, Stehen oder langes Sitzen.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'werkvermogen.tempo',
			type: 'likert',
			text: {
				nl: 'Ik kan het tempo en de drukte in mijn werk goed aan.',
				en: 'I can cope well with the pace and pressure of my work.',
				de: 'Ich schaffe das Tempo und den Druck in meiner Arbeit gut.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'werkvermogen.klachten',
			type: 'likert',
			text: {
				nl: 'Klachten aan mijn gezondheid maken mijn werk moeilijker.',
				en: 'Health problems make my work harder.',
				de: 'Gesundheitliche Beschwerden machen mir die Arbeit schwerer.'
			},
			help: {
				nl: 'Je hoeft niet te zeggen welke klachten. Je antwoord is alleen van jou.',
				en: 'You do not have to say which problems. Your answer is yours alone.',
				de: 'Sie müssen nicht sagen, welche Beschwerden. Ihre Antwort gehört nur Ihnen.'
			},
			anchors: HOW_OFTEN,
			higherIsBetter: false
		},
		{
			id: 'werkvermogen.vooruit',
			type: 'likert',
			text: {
				nl: 'Met mijn gezondheid kan ik de komende jaren blijven werken.',
				en: 'With my health I can keep working for the coming years.',
				de: 'Mit meiner Gesundheit kann ich in den nächsten Jahren weiter arbeiten.'
			},
			anchors: AGREE,
			higherIsBetter: true
		}
	],
	explanations: {
		groen: {
			nl: 'Je kunt je werk goed aan en je gezondheid helpt je daarbij.',
			en: 'You cope well with your work and your health supports you in it.',
			de: 'Sie schaffen Ihre Arbeit gut, und Ihre Gesundheit hilft Ihnen dabei.'
		},
		oranje: {
			nl: 'Je kunt je werk meestal aan, maar soms kost het je moeite.',
			en: 'You can usually cope with your work, but sometimes it is hard for you.',
			de: 'Sie schaffen Ihre Arbeit meistens, aber manchmal kostet es Sie Mühe.'
		},
		rood: {
			nl: 'Je werk kost je veel moeite, en dat is een reden om nu hulp te vragen.',
			en: 'Your work is hard for you, and that is a reason to ask for help now.',
			de: 'Ihre Arbeit kostet Sie viel Mühe, und das ist ein Grund, jetzt um Hilfe zu bitten.'
		}
	},
	nextSteps: {
		groen: [KEEP_IT_UP],
		oranje: [
			{
				kind: 'info',
				id: 'apk.werkvermogen.werk-aanpassen',
				title: { nl: 'Bespreek je werk met je leidinggevende', en: 'Discuss your work with your manager', de: 'Sprechen Sie mit Ihrer oder Ihrem Vorgesetzten über Ihre Arbeit' },
				description: {
					nl: 'Kleine aanpassingen, zoals andere taken of hulpmiddelen, maken werk vaak lichter.',
					en: 'Small changes, such as other tasks or tools, often make work lighter.',
					de: 'Kleine Anpassungen, zum Beispiel andere Aufgaben oder Hilfsmittel, machen die Arbeit oft leichter.'
				},
				target: 'werk-aanpassen'
			},
			TALK_TO_ADVISEUR
		],
		rood: [
			TALK_TO_ADVISEUR,
			{
				kind: 'info',
				id: 'apk.werkvermogen.bedrijfsarts',
				title: { nl: 'Praat met de bedrijfsarts of je huisarts', en: 'Talk to the company doctor or your GP', de: 'Sprechen Sie mit der Betriebsärztin, dem Betriebsarzt oder Ihrer Hausarztpraxis' },
				description: {
					nl: 'Zij kunnen met je kijken wat je gezondheid nodig heeft om te blijven werken.',
					en: 'They can look with you at what your health needs for you to keep working.',
					de: 'Sie können mit Ihnen schauen, was Ihre Gesundheit braucht, damit Sie weiter arbeiten können.'
				},
				target: 'bedrijfsarts'
			}
		]
	}
};
