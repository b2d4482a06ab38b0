import { TALK_TO_ADVISEUR, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE, HOW_OFTEN } from '$lib/data/apk/scales';
import type { FixedBlock, NextStep } from '$lib/data/apk/types';

const VITALITEIT_WORKSHOP: NextStep = {
	kind: 'offer',
	id: 'apk.energie.vitaliteit-workshop',
	title: { nl: 'Volg een workshop over energie en vitaliteit', en: 'Join a workshop on energy and vitality', de: 'Besuchen Sie einen Workshop über Energie und Vitalität' },
	description: {
		nl: 'Je leert hoe je beter rust, beweegt en je grenzen aangeeft.',
		en: 'You learn how to rest and move better and how to set limits.',
		de: 'Sie lernen, wie Sie sich besser ausruhen, mehr bewegen und Ihre Grenzen zeigen.'
	},
	target: 'vitaliteit'
};

export const energie: FixedBlock = {
	kind: 'fixed',
	id: 'energie',
	title: { nl: 'Energie en vitaliteit', en: 'Energy and vitality', de: 'Energie und Vitalität' },
	intro: {
		nl: 'Deze vragen gaan over je energie, in en buiten je werk.',
		en: 'These questions are about your energy, at work and outside work.',
		de: 'Diese Fragen betreffen Ihre Energie, bei der Arbeit und außerhalb.'
	},
	thresholds: { groen: 70, rood: 45 },
	questions: [
		{
			id: 'energie.na-werk',
			type: 'likert',
			text: {
				nl: 'Na een werkdag heb ik nog energie voor andere dingen.',
				en: 'After a working day I still have energy for other things.',
				de: 'Nach einem Arbeitstag habe ich noch Energie für andere Dinge.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'energie.uitgerust',
			type: 'likert',
			text: { nl: 'Ik word uitgerust wakker.', en: 'I wake up rested.', de: 'Ich wache ausgeruht auf.' },
			anchors: HOW_OFTEN,
			higherIsBetter: true
		},
		{
			id: 'energie.op',
			type: 'likert',
			text: {
				nl: 'Ik voel me op of leeg door mijn werk of mijn situatie.',
				en: 'I feel drained or empty because of my work or my situation.',
				de: 'Ich fühle mich durch meine Arbeit oder meine Situation erschöpft oder leer.'
			},
			anchors: HOW_OFTEN,
			higherIsBetter: false
		},
		{
			id: 'energie.bewegen',
			type: 'likert',
			text: {
				nl: 'Ik beweeg elke dag minstens een half uur, bijvoorbeeld wandelen of fietsen.',
				en: 'I move for at least half an hour every day, for example walking or cycling.',
				de: 'Ich bewege mich jeden Tag mindestens eine halbe Stunde, zum Beispiel beim Spazierengehen oder Radfahren.'
			},
			anchors: HOW_OFTEN,
			higherIsBetter: true
		},
		{
			id: 'energie.balans',
			type: 'likert',
			text: {
				nl: 'Mijn werk en mijn leven thuis zijn goed in balans.',
				en: 'My work and my life at home are well balanced.',
				de: 'Meine Arbeit und mein Leben zu Hause sind gut im Gleichgewicht.'
			},
			anchors: AGREE,
			higherIsBetter: true
		}
	],
	explanations: {
		groen: {
			nl: 'Je hebt genoeg energie voor je werk en voor je leven daarbuiten.',
			en: 'You have enough energy for your work and for your life outside it.',
			de: 'Sie haben genug Energie für Ihre Arbeit und für Ihr Leben außerhalb.'
		},
		oranje: {
			nl: 'Je energie is niet altijd genoeg, let dus goed op rust en beweging.',
			en: 'Your energy is not always enough, so take good care of rest and exercise.',
			de: 'Ihre Energie reicht nicht immer, achten Sie also gut auf Ruhe und Bewegung.'
		},
		rood: {
			nl: 'Je hebt vaak te weinig energie, en het is goed om daar nu iets aan te doen.',
			en: 'You often have too little energy, and it is good to do something about it now.',
			de: 'Sie haben oft zu wenig Energie, und es ist gut, jetzt etwas dagegen zu tun.'
		}
	},
	nextSteps: {
		groen: [KEEP_IT_UP],
		oranje: [
			VITALITEIT_WORKSHOP
		],
		rood: [
			TALK_TO_ADVISEUR,
			VITALITEIT_WORKSHOP
		]
	}
};
