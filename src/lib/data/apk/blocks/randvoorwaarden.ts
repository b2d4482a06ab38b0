import { TALK_TO_ADVISEUR, TFVV_FUNDING, EMPLOYER_FUNDING, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE } from '$lib/data/apk/scales';
import type { FixedBlock, NextStep } from '$lib/data/apk/types';

const BASIC_SKILLS_PRACTICE: NextStep = {
	kind: 'offer',
	id: 'apk.randvoorwaarden.taal-digitaal',
	title: { nl: 'Oefen taal of computer bij een Taalhuis', en: 'Practise language or computer skills at a Taalhuis' },
	description: {
		nl: 'In de bibliotheek kun je gratis oefenen met lezen, schrijven en de computer.',
		en: 'At the library you can practise reading, writing and computer skills for free.'
	},
	target: 'basisvaardigheden'
};

export const randvoorwaarden: FixedBlock = {
	kind: 'fixed',
	id: 'randvoorwaarden',
	title: { nl: 'Randvoorwaarden', en: 'Practical conditions' },
	intro: {
		nl: 'Deze vragen gaan over wat je nodig hebt om te leren of ander werk te doen: tijd, geld, taal, computer en reizen.',
		en: 'These questions are about what you need to learn or do other work: time, money, language, computer and travel.'
	},
	thresholds: { groen: 70, rood: 45 },
	questions: [
		{
			id: 'randvoorwaarden.tijd',
			type: 'choice',
			text: {
				nl: 'Hoeveel uur per week kun je vrijmaken om te leren?',
				en: 'How many hours a week can you free up for learning?'
			},
			options: [
				{ id: 'geen', label: { nl: 'Geen tijd', en: 'No time' }, points: 0 },
				{ id: '1-2-uur', label: { nl: '1 tot 2 uur', en: '1 to 2 hours' }, points: 50 },
				{ id: '3-5-uur', label: { nl: '3 tot 5 uur', en: '3 to 5 hours' }, points: 75 },
				{ id: 'meer-dan-5-uur', label: { nl: 'Meer dan 5 uur', en: 'More than 5 hours' }, points: 100 }
			]
		},
		{
			id: 'randvoorwaarden.geld',
			type: 'likert',
			text: {
				nl: 'Geld is voor mij een probleem om een cursus of opleiding te doen.',
				en: 'Money is a problem for me to take a course or training.'
			},
			help: {
				nl: 'Er zijn regelingen die meebetalen, zoals het Twents Fonds voor Vakmanschap.',
				en: 'There are schemes that help pay, such as the Twents Fonds voor Vakmanschap.'
			},
			anchors: AGREE,
			higherIsBetter: false
		},
		{
			id: 'randvoorwaarden.taal',
			type: 'likert',
			text: {
				nl: 'Ik kan goed Nederlands lezen en schrijven voor mijn werk.',
				en: 'I can read and write Dutch well enough for my work.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'randvoorwaarden.digitaal',
			type: 'likert',
			text: {
				nl: 'Ik kan goed met een computer of telefoon werken, bijvoorbeeld een formulier invullen of een les online volgen.',
				en: 'I can work well with a computer or phone, for example fill in a form or follow a lesson online.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'randvoorwaarden.reizen',
			type: 'yesno',
			text: {
				nl: 'Kun je zelf naar werk of school in een andere plaats in Twente reizen?',
				en: 'Can you travel on your own to work or school in another town in Twente?'
			},
			help: {
				nl: 'Met eigen vervoer, de fiets of het openbaar vervoer.',
				en: 'By your own transport, bike or public transport.'
			},
			higherIsBetter: true
		}
	],
	explanations: {
		groen: {
			nl: 'Je hebt genoeg tijd, geld en hulpmiddelen om te leren of te veranderen.',
			en: 'You have enough time, money and means to learn or to change.'
		},
		oranje: {
			nl: 'Een paar dingen maken leren lastiger, maar daar is vaak een oplossing voor.',
			en: 'A few things make learning harder, but there is often a solution.'
		},
		rood: {
			nl: 'Tijd, geld, taal of reizen staan je nu in de weg, en daar kun je hulp bij krijgen.',
			en: 'Time, money, language or travel are in your way now, and you can get help with that.'
		}
	},
	nextSteps: {
		groen: [KEEP_IT_UP],
		oranje: [
			TFVV_FUNDING,
			EMPLOYER_FUNDING,
			BASIC_SKILLS_PRACTICE
		],
		rood: [TALK_TO_ADVISEUR, TFVV_FUNDING, BASIC_SKILLS_PRACTICE]
	}
};
