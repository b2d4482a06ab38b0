import { POINTS, SOURCE_WEIGHT } from './weights';

const pct = (weight: number) => `${Math.round(weight * 100)}%`;

/**
 * How matching works, for residents (B1 Dutch) and in English. Numbers come from the same
 * constants the ranking uses, so this text cannot drift from the code. Published as data so the
 * app, the algorithm register entry and the beheerder screens show the same words.
 */
export const MATCHING_EXPLANATION = {
	nl: {
		title: 'Zo zoeken we aanbod dat bij je past',
		steps: [
			`We kijken welke vaardigheden een vacature of opleiding vraagt en welke jij hebt. Dat levert tot ${POINTS.skills} punten op. Vraagt een aanbod niets vooraf, dan krijgt het ${POINTS.noEntryRequirements} punten.`,
			`Een vaardigheid die een adviseur of werkgever heeft bevestigd, of die op een certificaat staat, telt voor ${pct(SOURCE_WEIGHT.gevalideerd)}. Met bewijs telt hij voor ${pct(SOURCE_WEIGHT.bewijs)}. Heb je hem alleen zelf ingevuld, dan telt hij voor ${pct(SOURCE_WEIGHT.zelf)}. Een rijbewijs in je profiel telt als certificaat voor het rijden dat erbij hoort.`,
			`Leidt het aanbod naar een beroep dat je wilt, dan krijgt het ${POINTS.beroepswens} punten extra.`,
			`Leert een opleiding je vaardigheden die je nog mist voor je gewenste beroep, dan krijgt die ${POINTS.teachesWishSkillEach} punten per vaardigheid (hoogstens ${POINTS.teachesWishSkillMax}).`,
			`Is het beroep een kansberoep in Twente, dan komt er ${POINTS.kansberoep} punten bij. Krimpt het beroep, dan gaat er ${-POINTS.krimp} af.`,
			`Vraagt een vacature een hoger opleidingsniveau dan je hebt, of vraagt het aanbod meer uren dan je kunt, dan zakt het in de lijst. Dichtbij (binnen ${POINTS.closeByMinutes} minuten) geeft ${POINTS.closeBy} punten.`,
			'Aanbod dat verder weg is dan je wilt reizen, of dat niet op de manier wordt gegeven die je kiest, laten we weg. De reistijd is een schatting: de afstand tussen de gemeenten, met omrijden en een vaste tijd voor vertrek en parkeren.',
			'Bij elk resultaat zie je welke vaardigheden passen, welke je mist, de kortste opleiding of cursus die dat gat dicht, en welke regelingen je kunnen helpen betalen.',
			'Alles wordt op je eigen telefoon berekend. Je gegevens gaan hiervoor nergens heen.'
		]
	},
	en: {
		title: 'How we find offers that suit you',
		steps: [
			`We compare the skills a vacancy or course asks for with the skills you have. That gives up to ${POINTS.skills} points. An offer with no entry requirements gets ${POINTS.noEntryRequirements} points.`,
			`A skill confirmed by an adviser or employer, or shown on a certificate, counts ${pct(SOURCE_WEIGHT.gevalideerd)}. With evidence it counts ${pct(SOURCE_WEIGHT.bewijs)}. If you only entered it yourself, it counts ${pct(SOURCE_WEIGHT.zelf)}. A driving licence in your profile counts as a certificate for the driving it stands for.`,
			`If the offer leads to an occupation you want, it gets ${POINTS.beroepswens} extra points.`,
			`A course that teaches skills you still need for the occupation you want gets ${POINTS.teachesWishSkillEach} points per skill (at most ${POINTS.teachesWishSkillMax}).`,
			`If the occupation is in demand in Twente (kansberoep), ${POINTS.kansberoep} points are added. If it is shrinking, ${-POINTS.krimp} are taken off.`,
			`A vacancy that asks for a higher education level than yours, or an offer that needs more hours than you have, moves down. Close by (within ${POINTS.closeByMinutes} minutes) adds ${POINTS.closeBy} points.`,
			'Offers further away than you want to travel, or not given in the way you chose, are left out. Travel time is an estimate: the distance between municipalities, with a detour factor and fixed time to leave and park.',
			'Each result shows which skills match, which are missing, the shortest course that closes the gap, and which schemes could help pay for it.',
			'Everything is calculated on your own phone. Your data goes nowhere for this.'
		]
	}
} as const;
