import { TALK_TO_ADVISEUR, EMPLOYER_FUNDING, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE } from '$lib/data/apk/scales';
import type { FixedBlock, NextStep } from '$lib/data/apk/types';

const SHORT_COURSE: NextStep = {
	kind: 'offer',
	id: 'apk.ontwikkeling.korte-cursus',
	title: { nl: 'Begin met een korte cursus', en: 'Start with a short course', de: 'Beginnen Sie mit einem kurzen Kurs' },
	description: {
		nl: 'Een cursus van een paar weken is een goede eerste stap om weer te leren.',
		en: 'A course of a few weeks is a good first step to start learning again.',
		de: 'Ein Kurs von ein paar Wochen ist ein guter erster Schritt, um wieder zu lernen.'
	},
	target: 'korte-cursus'
};

export const ontwikkeling: FixedBlock = {
	kind: 'fixed',
	id: 'ontwikkeling',
	title: { nl: 'Ontwikkelbereidheid en wendbaarheid', en: 'Willingness to learn and adaptability', de: 'Lernbereitschaft und Flexibilität' },
	intro: {
		nl: 'Deze vragen gaan over leren en omgaan met verandering.',
		en: 'These questions are about learning and dealing with change.',
		de: 'Diese Fragen betreffen das Lernen und den Umgang mit Veränderung.'
	},
	thresholds: { groen: 70, rood: 45 },
	questions: [
		{
			id: 'ontwikkeling.zin-in-leren',
			type: 'likert',
			text: { nl: 'Ik heb zin om iets nieuws te leren voor mijn werk.', en: 'I want to learn something new for my work.', de: 'Ich habe Lust, etwas Neues für meine Arbeit zu lernen.' },
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.cursus-gedaan',
			type: 'yesno',
			text: {
				nl: 'Heb je het afgelopen jaar een cursus, training of opleiding gedaan?',
				en: 'Did you take a course, training or education in the past year?',
				de: 'Haben Sie im letzten Jahr einen Kurs, ein Training oder eine Ausbildung gemacht?'
			},
			help: {
				nl: 'Ook een korte training telt, bijvoorbeeld online of op je werk.',
				en: 'A short training counts too, for example online or at work.',
				de: 'Auch ein kurzes Training zählt, zum Beispiel online oder bei der Arbeit.'
			},
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.aanpassen',
			type: 'likert',
			text: {
				nl: 'Als er iets verandert in mijn werk, pas ik me snel aan.',
				en: 'When something changes in my work, I adapt quickly.',
				de: 'Wenn sich in meiner Arbeit etwas ändert, passe ich mich schnell an.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.durven',
			type: 'likert',
			text: {
				nl: 'Ik durf ander werk te proberen, ook als dat spannend is.',
				en: 'I dare to try other work, even if it feels scary.',
				de: 'Ich traue mich, andere Arbeit auszuprobieren, auch wenn das aufregend ist.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.opzien-tegen-leren',
			type: 'likert',
			text: {
				nl: 'Ik zie op tegen leren, bijvoorbeeld tegen een toets of een examen.',
				en: 'I dread learning, for example a test or an exam.',
				de: 'Ich habe Angst vor dem Lernen, zum Beispiel vor einem Test oder einer Prüfung.'
			},
			anchors: AGREE,
			higherIsBetter: false
		}
	],
	explanations: {
		groen: {
			nl: 'Je leert graag en je gaat goed om met verandering.',
			en: 'You like to learn and you deal well with change.',
			de: 'Sie lernen gern und gehen gut mit Veränderung um.'
		},
		oranje: {
			nl: 'Je staat open voor leren, maar een eerste stap zetten is soms lastig.',
			en: 'You are open to learning, but taking a first step is sometimes hard.',
			de: 'Sie sind offen für das Lernen, aber der erste Schritt ist manchmal schwer.'
		},
		rood: {
			nl: 'Leren en veranderen voelen nu zwaar, en met hulp wordt dat makkelijker.',
			en: 'Learning and change feel heavy now, and with help that becomes easier.',
			de: 'Lernen und Verändern fühlen sich jetzt schwer an, und mit Hilfe wird es leichter.'
		}
	},
	nextSteps: {
		groen: [KEEP_IT_UP, EMPLOYER_FUNDING],
		oranje: [SHORT_COURSE, EMPLOYER_FUNDING],
		rood: [TALK_TO_ADVISEUR, SHORT_COURSE]
	}
};
