import { TALK_TO_ADVISEUR, TFVV_FUNDING, EMPLOYER_FUNDING, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE } from '$lib/data/apk/scales';
import type { FixedBlock, NextStep } from '$lib/data/apk/types';

const BASIC_SKILLS_PRACTICE: NextStep = {
	kind: 'offer',
	id: 'apk.randvoorwaarden.taal-digitaal',
	title: { nl: 'Oefen taal of computer bij een Taalhuis', en: 'Practise language or computer skills at a Taalhuis', de: 'Üben Sie Sprache oder Computer in einem Taalhuis (Sprachtreff der Bibliothek)' },
	description: {
		nl: 'In de bibliotheek kun je gratis oefenen met lezen, schrijven en de computer.',
		en: 'At the library you can practise reading, writing and computer skills for free.',
		de: 'In der Bibliothek können Sie kostenlos Lesen, Schreiben und den Computer üben.'
	},
	target: 'basisvaardigheden'
};

export const randvoorwaarden: FixedBlock = {
	kind: 'fixed',
	id: 'randvoorwaarden',
	title: { nl: 'Randvoorwaarden', en: 'Practical conditions', de: 'Rahmenbedingungen' },
	intro: {
		nl: 'Deze vragen gaan over wat je nodig hebt om te leren of ander werk te doen: tijd, geld, taal, computer en reizen.',
		en: 'These questions are about what you need to learn or do other work: time, money, language, computer and travel.',
		de: 'Diese Fragen betreffen, was Sie brauchen, um zu lernen oder andere Arbeit zu machen: Zeit, Geld, Sprache, Computer und Fahrten.'
	},
	thresholds: { groen: 70, rood: 45 },
	questions: [
		{
			id: 'randvoorwaarden.tijd',
			type: 'choice',
			text: {
				nl: 'Hoeveel uur per week kun je vrijmaken om te leren?',
				en: 'How many hours a week can you free up for learning?',
				de: 'Wie viele Stunden pro Woche können Sie sich zum Lernen freihalten?'
			},
			options: [
				{ id: 'geen', label: { nl: 'Geen tijd', en: 'No time', de: 'Keine Zeit' }, points: 0 },
				{ id: '1-2-uur', label: { nl: '1 tot 2 uur', en: '1 to 2 hours', de: '1 bis 2 Stunden' }, points: 50 },
				{ id: '3-5-uur', label: { nl: '3 tot 5 uur', en: '3 to 5 hours', de: '3 bis 5 Stunden' }, points: 75 },
				{ id: 'meer-dan-5-uur', label: { nl: 'Meer dan 5 uur', en: 'More than 5 hours', de: 'Mehr als 5 Stunden' }, points: 100 }
			]
		},
		{
			id: 'randvoorwaarden.geld',
			type: 'likert',
			text: {
				nl: 'Geld is voor mij een probleem om een cursus of opleiding te doen.',
				en: 'Money is a problem for me to take a course or training.',
				de: 'Geld ist für mich ein Problem, um einen Kurs oder eine Ausbildung zu machen.'
			},
			help: {
				nl: 'Er zijn regelingen die meebetalen, zoals het Twents Fonds voor Vakmanschap.',
				en: 'There are schemes that help pay, such as the Twents Fonds voor Vakmanschap.',
				de: 'Es gibt Förderungen, die mitbezahlen, zum Beispiel den Twents Fonds voor Vakmanschap.'
			},
			anchors: AGREE,
			higherIsBetter: false
		},
		{
			id: 'randvoorwaarden.taal',
			type: 'likert',
			text: {
				nl: 'Ik kan goed Nederlands lezen en schrijven voor mijn werk.',
				en: 'I can read and write Dutch well enough for my work.',
				de: 'Ich kann für meine Arbeit gut Niederländisch lesen und schreiben.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'randvoorwaarden.digitaal',
			type: 'likert',
			text: {
				nl: 'Ik kan goed met een computer of telefoon werken, bijvoorbeeld een formulier invullen of een les online volgen.',
				en: 'I can work well with a computer or phone, for example fill in a form or follow a lesson online.',
				de: 'Ich kann gut mit einem Computer oder Telefon arbeiten, zum Beispiel ein Formular ausfüllen oder online an einem Kurs teilnehmen.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'randvoorwaarden.reizen',
			type: 'yesno',
			text: {
				nl: 'Kun je zelf naar werk of school in een andere plaats in Twente reizen?',
				en: 'Can you travel on your own to work or school in another town in Twente?',
				de: 'Können Sie selbst zur Arbeit oder Schule in einem anderen Ort in Twente fahren?'
			},
			help: {
				nl: 'Met eigen vervoer, de fiets of het openbaar vervoer.',
				en: 'By your own transport, bike or public transport.',
				de: 'Mit eigenem Fahrzeug, dem Fahrrad oder öffentlichen Verkehrsmitteln.'
			},
			higherIsBetter: true
		}
	],
	explanations: {
		groen: {
			nl: 'Je hebt genoeg tijd, geld en hulpmiddelen om te leren of te veranderen.',
			en: 'You have enough time, money and means to learn or to change.',
			de: 'Sie haben genug Zeit, Geld und Hilfsmittel, um zu lernen oder sich zu verändern.'
		},
		oranje: {
			nl: 'Een paar dingen maken leren lastiger, maar daar is vaak een oplossing voor.',
			en: 'A few things make learning harder, but there is often a solution.',
			de: 'Ein paar Dinge machen das Lernen schwerer, aber dafür gibt es oft eine Lösung.'
		},
		rood: {
			nl: 'Tijd, geld, taal of reizen staan je nu in de weg, en daar kun je hulp bij krijgen.',
			en: 'Time, money, language or travel are in your way now, and you can get help with that.',
			de: 'Zeit, Geld, Sprache oder Fahrten stehen Ihnen jetzt im Weg, und dabei können Sie Hilfe bekommen.'
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
