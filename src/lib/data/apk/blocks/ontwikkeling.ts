import { TALK_TO_ADVISEUR, EMPLOYER_FUNDING, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE } from '$lib/data/apk/scales';
import type { FixedBlock, NextStep } from '$lib/data/apk/types';

const SHORT_COURSE: NextStep = {
	kind: 'offer',
	id: 'apk.ontwikkeling.korte-cursus',
	title: { nl: 'Begin met een korte cursus', en: 'Start with a short course' },
	description: {
		nl: 'Een cursus van een paar weken is een goede eerste stap om weer te leren.',
		en: 'A course of a few weeks is a good first step to start learning again.'
	},
	target: 'korte-cursus'
};

export const ontwikkeling: FixedBlock = {
	kind: 'fixed',
	id: 'ontwikkeling',
	title: { nl: 'Ontwikkelbereidheid en wendbaarheid', en: 'Willingness to learn and adaptability' },
	intro: {
		nl: 'Deze vragen gaan over leren en omgaan met verandering.',
		en: 'These questions are about learning and dealing with change.'
	},
	thresholds: { groen: 70, rood: 45 },
	questions: [
		{
			id: 'ontwikkeling.zin-in-leren',
			type: 'likert',
			text: { nl: 'Ik heb zin om iets nieuws te leren voor mijn werk.', en: 'I want to learn something new for my work.' },
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.cursus-gedaan',
			type: 'yesno',
			text: {
				nl: 'Heb je het afgelopen jaar een cursus, training of opleiding gedaan?',
				en: 'Did you take a course, training or education in the past year?'
			},
			help: {
				nl: 'Ook een korte training telt, bijvoorbeeld online of op je werk.',
				en: 'A short training counts too, for example online or at work.'
			},
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.aanpassen',
			type: 'likert',
			text: {
				nl: 'Als er iets verandert in mijn werk, pas ik me snel aan.',
				en: 'When something changes in my work, I adapt quickly.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.durven',
			type: 'likert',
			text: {
				nl: 'Ik durf ander werk te proberen, ook als dat spannend is.',
				en: 'I dare to try other work, even if it feels scary.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'ontwikkeling.opzien-tegen-leren',
			type: 'likert',
			text: {
				nl: 'Ik zie op tegen leren, bijvoorbeeld tegen een toets of een examen.',
				en: 'I dread learning, for example a test or an exam.'
			},
			anchors: AGREE,
			higherIsBetter: false
		}
	],
	explanations: {
		groen: {
			nl: 'Je leert graag en je gaat goed om met verandering.',
			en: 'You like to learn and you deal well with change.'
		},
		oranje: {
			nl: 'Je staat open voor leren, maar een eerste stap zetten is soms lastig.',
			en: 'You are open to learning, but taking a first step is sometimes hard.'
		},
		rood: {
			nl: 'Leren en veranderen voelen nu zwaar, en met hulp wordt dat makkelijker.',
			en: 'Learning and change feel heavy now, and with help that becomes easier.'
		}
	},
	nextSteps: {
		groen: [KEEP_IT_UP, EMPLOYER_FUNDING],
		oranje: [SHORT_COURSE, EMPLOYER_FUNDING],
		rood: [TALK_TO_ADVISEUR, SHORT_COURSE]
	}
};
