import { CHECK_SKILLS_IN_PASPOORT, TFVV_FUNDING, TALK_TO_ADVISEUR } from '$lib/data/apk/actions';
import { CAN_DO } from '$lib/data/apk/scales';
import type { SkillsBlock } from '$lib/data/apk/types';

/** Six ratings keep the whole scan near ten minutes; the taxonomy lists the most core skills first. */
export const vaardigheden: SkillsBlock = {
	kind: 'skills',
	id: 'vaardigheden',
	title: { nl: 'Vaardigheden', en: 'Skills', de: 'Fähigkeiten' },
	intro: {
		nl: 'Hoe goed kun je wat nodig is in je beroep, of in het beroep dat je wilt?',
		en: 'How well can you do what your occupation, or the one you want, asks for?',
		de: 'Wie gut können Sie, was in Ihrem Beruf nötig ist, oder in dem Beruf, den Sie möchten?'
	},
	thresholds: { groen: 70, rood: 45 },
	maxQuestions: 6,
	questionIdPrefix: 'vaardigheden.skill.',
	textTemplate: { nl: 'Hoe goed kun je: {skill}?', en: 'How well can you do this: {skill}?', de: 'Wie gut können Sie: {skill}?' },
	anchors: CAN_DO,
	help: {
		nl: 'Kies een beroep in je paspoort. Dan stellen we vragen over de skills van dat beroep.',
		en: 'Choose an occupation in your paspoort. Then we ask about the skills of that occupation.',
		de: 'Wählen Sie einen Beruf in Ihrem Pass. Dann stellen wir Fragen zu den Fähigkeiten dieses Berufs.'
	},
	explanations: {
		groen: {
			nl: 'Je kunt het meeste wat nodig is in dit beroep.',
			en: 'You can do most of what this occupation needs.',
			de: 'Sie können das meiste, was in diesem Beruf nötig ist.'
		},
		oranje: {
			nl: 'Je kunt een deel van wat nodig is, en met een korte cursus kom je verder.',
			en: 'You can do part of what is needed, and a short course takes you further.',
			de: 'Sie können einen Teil von dem, was nötig ist, und mit einem kurzen Kurs kommen Sie weiter.'
		},
		rood: {
			nl: 'Je mist nog veel skills voor dit beroep, maar die kun je leren.',
			en: 'You still miss many skills for this occupation, but you can learn them.',
			de: 'Ihnen fehlen noch viele Fähigkeiten für diesen Beruf, aber die können Sie lernen.'
		}
	},
	nextSteps: {
		groen: [CHECK_SKILLS_IN_PASPOORT],
		oranje: [
			{
				kind: 'offer',
				id: 'apk.vaardigheden.cursus-skills',
				title: { nl: 'Zoek een korte cursus voor je skills', en: 'Find a short course for your skills', de: 'Suchen Sie einen kurzen Kurs für Ihre Fähigkeiten' },
				description: {
					nl: 'We laten cursussen zien die precies de skills leren die je nog mist.',
					en: 'We show courses that teach exactly the skills you still miss.',
					de: 'Wir zeigen Kurse, die genau die Fähigkeiten beibringen, die Ihnen noch fehlen.'
				},
				target: 'skills-gap'
			},
			CHECK_SKILLS_IN_PASPOORT
		],
		rood: [
			{
				kind: 'offer',
				id: 'apk.vaardigheden.opleiding-beroep',
				title: { nl: 'Bekijk opleidingen voor dit beroep', en: 'Look at training for this occupation', de: 'Ausbildungen für diesen Beruf ansehen' },
				description: {
					nl: 'Een opleiding of leerwerkplek helpt je de skills van dit beroep te leren.',
					en: 'A course or a work-based learning place helps you learn the skills of this occupation.',
					de: 'Eine Ausbildung oder ein Ausbildungsplatz hilft Ihnen, die Fähigkeiten dieses Berufs zu lernen.'
				},
				target: 'opleiding-beroep'
			},
			TFVV_FUNDING,
			TALK_TO_ADVISEUR
		]
	}
};
