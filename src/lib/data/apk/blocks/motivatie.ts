import { TALK_TO_ADVISEUR, KANSBEROEPEN_INFO, KEEP_IT_UP } from '$lib/data/apk/actions';
import { AGREE } from '$lib/data/apk/scales';
import type { FixedBlock } from '$lib/data/apk/types';

export const motivatie: FixedBlock = {
	kind: 'fixed',
	id: 'motivatie',
	title: { nl: 'Motivatie en drijfveren', en: 'Motivation and drivers', de: 'Motivation und Antrieb' },
	intro: {
		nl: 'Deze vragen gaan over wat je belangrijk vindt in werk en waar je naartoe wilt.',
		en: 'These questions are about what matters to you in work and where you want to go.',
		de: 'Diese Fragen betreffen, was Ihnen bei der Arbeit wichtig ist und wohin Sie möchten.'
	},
	thresholds: { groen: 70, rood: 45 },
	questions: [
		{
			id: 'motivatie.plezier',
			type: 'likert',
			text: {
				nl: 'Ik heb plezier in mijn werk, of ik weet welk werk mij plezier geeft.',
				en: 'I enjoy my work, or I know which work I would enjoy.',
				de: 'Ich habe Freude an meiner Arbeit, oder ich weiß, welche Arbeit mir Freude macht.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'motivatie.waarden',
			type: 'likert',
			text: {
				nl: 'Mijn werk past bij wat ik belangrijk vind.',
				en: 'My work fits what I find important.',
				de: 'Meine Arbeit passt zu dem, was mir wichtig ist.'
			},
			help: {
				nl: 'Bijvoorbeeld: mensen helpen, iets maken met je handen, zekerheid of vrijheid.',
				en: 'For example: helping people, making things with your hands, security or freedom.',
				de: 'Zum Beispiel: Menschen helfen, etwas mit den Händen machen, Sicherheit oder Freiheit.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'motivatie.doel',
			type: 'likert',
			text: {
				nl: 'Ik weet wat ik de komende jaren in mijn werk wil bereiken.',
				en: 'I know what I want to achieve in my work in the coming years.',
				de: 'Ich weiß, was ich in den nächsten Jahren in meiner Arbeit erreichen möchte.'
			},
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'motivatie.sterke-kanten',
			type: 'likert',
			text: { nl: 'Ik weet waar ik goed in ben.', en: 'I know what I am good at.', de: 'Ich weiß, worin ich gut bin.' },
			anchors: AGREE,
			higherIsBetter: true
		},
		{
			id: 'motivatie.richting',
			type: 'choice',
			text: {
				nl: 'Wil je de komende twee jaar ander werk gaan doen?',
				en: 'Do you want to do different work in the next two years?',
				de: 'Möchten Sie in den nächsten zwei Jahren eine andere Arbeit machen?'
			},
			// Wanting a change is not scored down; not knowing where to go is, because that is what a gesprek helps with.
			options: [
				{ id: 'nee-tevreden', label: { nl: 'Nee, ik ben tevreden', en: 'No, I am happy', de: 'Nein, ich bin zufrieden' }, points: 100 },
				{ id: 'ja-weet-wat', label: { nl: 'Ja, en ik weet welk werk', en: 'Yes, and I know which work', de: 'Ja, und ich weiß, welche Arbeit' }, points: 100 },
				{ id: 'weet-niet', label: { nl: 'Dat weet ik nog niet', en: 'I do not know yet', de: 'Das weiß ich noch nicht' }, points: 50 },
				{ id: 'ja-weet-niet-wat', label: { nl: 'Ja, maar ik weet niet wat', en: 'Yes, but I do not know what', de: 'Ja, aber ich weiß nicht, was' }, points: 25 }
			]
		}
	],
	explanations: {
		groen: {
			nl: 'Je weet wat je belangrijk vindt en waar je naartoe wilt.',
			en: 'You know what matters to you and where you want to go.',
			de: 'Sie wissen, was Ihnen wichtig ist und wohin Sie möchten.'
		},
		oranje: {
			nl: 'Je hebt een idee van wat je wilt, maar het is nog niet helemaal helder.',
			en: 'You have an idea of what you want, but it is not fully clear yet.',
			de: 'Sie haben eine Idee, was Sie möchten, aber es ist noch nicht ganz klar.'
		},
		rood: {
			nl: 'Je weet nog niet goed wat je wilt, en een gesprek kan je helpen kiezen.',
			en: 'You do not yet know what you want, and a conversation can help you choose.',
			de: 'Sie wissen noch nicht genau, was Sie möchten, und ein Gespräch kann Ihnen bei der Wahl helfen.'
		}
	},
	nextSteps: {
		groen: [KEEP_IT_UP],
		oranje: [
			{
				kind: 'offer',
				id: 'apk.motivatie.interessetest',
				title: { nl: 'Doe een workshop over je drijfveren', en: 'Join a workshop about your drivers', de: 'Machen Sie einen Workshop über Ihren Antrieb' },
				description: {
					nl: 'Je ontdekt wat je echt belangrijk vindt en welk werk daarbij past.',
					en: 'You find out what really matters to you and which work fits that.',
					de: 'Sie entdecken, was Ihnen wirklich wichtig ist und welche Arbeit dazu passt.'
				},
				target: 'loopbaanworkshop'
			},
			KANSBEROEPEN_INFO
		],
		rood: [TALK_TO_ADVISEUR, KANSBEROEPEN_INFO]
	}
};
