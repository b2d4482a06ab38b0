import { CEFR_SKILL_LEVEL, POINTS, SOURCE_WEIGHT } from './weights';

const pct = (weight: number) => `${Math.round(weight * 100)}%`;
const ownSectorSame = Math.round(POINTS.ownSector * 0.7);
const ownSkills = Math.round(POINTS.ownSector * 0.4);

interface Section {
	title: string;
	steps: readonly string[];
}

function explanation(title: string, sections: readonly Section[]) {
	return { title, sections, steps: sections.flatMap((s) => s.steps) };
}

/**
 * How matching works, for residents (B1 Dutch), in English and in German. Every number comes from the
 * constants the ranking uses (weights.ts), and each step is one reason a card can show with its
 * points, so this text is the computation and cannot drift from it. Published as data so the app,
 * the algorithm register entry and the beheerder screens show the same words.
 */
export const MATCHING_EXPLANATION = {
	nl: explanation('Zo zoeken we aanbod dat bij je past', [
		{
			title: 'Voor elke soort aanbod een eigen lijst',
			steps: [
				'Vacatures, opleidingen en cursussen, leren en werken, en begeleiding staan elk in een eigen lijst. Elke lijst heeft een eigen score van 0 tot 100. Een score zegt dus iets binnen één lijst, niet tussen lijsten.',
				'Aanbod dat verder weg is dan je wilt reizen, dat meer uren per week vraagt dan je kunt, of dat niet op de manier wordt gegeven die je kiest, laten we weg. De reistijd is een schatting: de afstand tussen de gemeenten, met omrijden en een vaste tijd voor vertrek en parkeren.',
				'Staat hetzelfde aanbod op twee plekken, dan zie je het één keer: op de plek die het dichtst bij is.'
			]
		},
		{
			title: 'Vacatures: hoe goed pas je er nu bij?',
			steps: [
				`We tellen hoeveel van de gevraagde vaardigheden je hebt, op het gevraagde niveau. Alle vaardigheden samen zijn ${POINTS.skills} punten waard. Heb je er 4 van de 5, dan krijg je 4 van de 5 delen.`,
				`Een vaardigheid die een adviseur of werkgever heeft bevestigd, of die op een certificaat staat, telt voor ${pct(SOURCE_WEIGHT.gevalideerd)}. Met bewijs telt hij voor ${pct(SOURCE_WEIGHT.bewijs)}. Heb je hem alleen zelf ingevuld, dan telt hij voor ${pct(SOURCE_WEIGHT.zelf)}: het is nog steeds een vaardigheid. Heb je een vaardigheid op een lager niveau, dan telt die voor een deel.`,
				`Een rijbewijs in je profiel telt als certificaat voor het rijden dat erbij hoort. Talen in je profiel tellen als taalvaardigheid: moedertaal, C1 en C2 als het hoogste niveau (${CEFR_SKILL_LEVEL.C1}), B2 als ${CEFR_SKILL_LEVEL.B2}, B1 als ${CEFR_SKILL_LEVEL.B1}.`,
				`Vraagt de vacature een rijbewijs dat je niet hebt, dan gaat er ${-POINTS.licenceMissing} punten af. Vraagt hij één opleidingsniveau hoger dan je hebt, dan gaat er ${-POINTS.educationOneBelow} af. Twee niveaus of meer hoger: ${-POINTS.educationBelowRequired}.`,
				`Leidt de vacature naar een beroep dat je wilt, dan krijgt hij ${POINTS.beroepswens} punten extra. Een kansberoep in Twente geeft ${POINTS.kansberoep} punten, een beroep dat krimpt ${POINTS.krimp}. Dichtbij (binnen ${POINTS.closeByMinutes} minuten) geeft ${POINTS.closeBy} punten.`,
				'Een vacature waarvoor je minstens één gevraagde vaardigheid hebt, staat altijd boven een vacature waarvoor je er geen hebt.'
			]
		},
		{
			title: 'Opleidingen, cursussen en leren en werken: hoe ver helpt het je?',
			steps: [
				`Leidt het naar een beroep dat je wilt, dan krijgt het ${POINTS.trainingWish} punten. Leert het de vaardigheden die je nog mist voor dat beroep, dan krijgt het tot ${POINTS.teachesWishSkills} punten: hoe meer van wat je mist, hoe meer punten. De belangrijkste vaardigheden van het beroep tellen dubbel.`,
				`Is er een vacature waarvoor je al minstens de helft van de vaardigheden hebt, en leert dit aanbod wat je daarvoor nog mist? Dan krijgt het tot ${POINTS.closesNearJob} punten.`,
				`Past het bij je eigen werkervaring, dan krijgt het ${POINTS.ownSector} punten. Hoort het bij dezelfde sector als je werk of je wens: ${ownSectorSame} punten. Bouwt het verder op vaardigheden die je al hebt: ${ownSkills} punten.`,
				'Leer je er niets nieuws (je kunt alles al op dat niveau), dan krijgt het voor wens, vacature en sector geen punten.',
				`Past het niveau bij je opleiding (hetzelfde, één hoger of één lager), dan komt er ${POINTS.levelFits} bij. Is het twee niveaus of meer hoger: ${POINTS.levelAboveReach}. Heb je niet wat vooraf nodig is: ${POINTS.entryMissing}.`,
				`Gratis: ${POINTS.funding} punten. Leidt het naar een kansberoep (dan kun je vaak een regeling gebruiken): ${POINTS.kansberoep} punten, een beroep dat krimpt: ${POINTS.krimp}. Er zijn geen punten voor "je hoeft vooraf niets te kunnen".`
			]
		},
		{
			title: 'Begeleiding: loopbaangesprekken en workshops',
			steps: [
				`Begeleiding begint op ${POINTS.guidanceBase} punten. Heb je nog geen gewenst beroep, dan komt er ${POINTS.guidanceNoWish} bij. Gratis: ${POINTS.guidanceFree}. Dichtbij: ${POINTS.guidanceCloseBy}.`
			]
		},
		{
			title: 'Bij elk resultaat',
			steps: [
				'Bij elk resultaat zie je hoeveel van de gevraagde vaardigheden je hebt, welke je mist met de kortste opleiding of cursus die dat gat dicht, welke regelingen je kunnen helpen betalen, en hoe de score is opgebouwd: elke regel met zijn punten.',
				'Alles wordt op je eigen telefoon berekend. Je gegevens gaan hiervoor nergens heen.'
			]
		}
	]),
	en: explanation('How we find offers that suit you', [
		{
			title: 'A separate list for each kind of offer',
			steps: [
				'Vacancies, courses, learning while working, and guidance each have their own list, with their own score from 0 to 100. A score means something within one list, not between lists.',
				'Offers further away than you want to travel, that need more hours a week than you have, or that are not given in the way you chose, are left out. Travel time is an estimate: the distance between municipalities, with a detour factor and fixed time to leave and park.',
				'When the same offer is given in two places, you see it once: in the place closest to you.'
			]
		},
		{
			title: 'Vacancies: how well do you fit now?',
			steps: [
				`We count how many of the skills asked for you have, at the level asked for. All skills together are worth ${POINTS.skills} points. With 4 of 5, you get 4 of 5 parts.`,
				`A skill confirmed by an adviser or employer, or shown on a certificate, counts ${pct(SOURCE_WEIGHT.gevalideerd)}. With evidence it counts ${pct(SOURCE_WEIGHT.bewijs)}. If you only entered it yourself, it counts ${pct(SOURCE_WEIGHT.zelf)}: it is still a skill. A skill at a lower level counts in part.`,
				`A driving licence in your profile counts as a certificate for the driving it stands for. Languages in your profile count as language skills: native, C1 and C2 as the highest level (${CEFR_SKILL_LEVEL.C1}), B2 as ${CEFR_SKILL_LEVEL.B2}, B1 as ${CEFR_SKILL_LEVEL.B1}.`,
				`A vacancy that needs a driving licence you do not have loses ${-POINTS.licenceMissing} points. One education level above yours: ${-POINTS.educationOneBelow}. Two or more levels: ${-POINTS.educationBelowRequired}.`,
				`If the vacancy leads to an occupation you want, it gets ${POINTS.beroepswens} extra points. An occupation in demand in Twente (kansberoep) adds ${POINTS.kansberoep}, a shrinking one ${POINTS.krimp}. Close by (within ${POINTS.closeByMinutes} minutes) adds ${POINTS.closeBy} points.`,
				'A vacancy for which you have at least one of the skills asked for always ranks above one for which you have none.'
			]
		},
		{
			title: 'Courses and learning while working: how far does it take you?',
			steps: [
				`If it leads to an occupation you want, it gets ${POINTS.trainingWish} points. If it teaches skills you still miss for that occupation, up to ${POINTS.teachesWishSkills} points: the more of what you miss, the more points. The occupation's core skills count double.`,
				`Is there a vacancy for which you have at least half of the skills, and does this offer teach what you still miss for it? Then it gets up to ${POINTS.closesNearJob} points.`,
				`If it fits your own work experience, it gets ${POINTS.ownSector} points. Same sector as your work or wish: ${ownSectorSame} points. Builds on skills you have: ${ownSkills} points.`,
				'If it teaches you nothing new (you can already do all of it at that level), it gets no points for wish, vacancy or sector.',
				`A level that fits your education (the same, one up or one down) adds ${POINTS.levelFits}. Two or more levels up: ${POINTS.levelAboveReach}. Missing an entry requirement: ${POINTS.entryMissing}.`,
				`Free: ${POINTS.funding} points. Leading to a kansberoep (often fundable through a scheme): ${POINTS.kansberoep} points, a shrinking occupation: ${POINTS.krimp}. There are no points for "no entry requirements".`
			]
		},
		{
			title: 'Guidance: career conversations and workshops',
			steps: [
				`Guidance starts at ${POINTS.guidanceBase} points. Without an occupation you want yet, ${POINTS.guidanceNoWish} are added. Free: ${POINTS.guidanceFree}. Close by: ${POINTS.guidanceCloseBy}.`
			]
		},
		{
			title: 'With every result',
			steps: [
				'Each result shows how many of the skills asked for you have, which you miss with the shortest course that closes the gap, which schemes could help pay for it, and how the score is built: every line with its points.',
				'Everything is calculated on your own phone. Your data goes nowhere for this.'
			]
		}
	]),
	de: explanation('So suchen wir Angebote, die zu Ihnen passen', [
		{
			title: 'Für jede Art von Angebot eine eigene Liste',
			steps: [
				'Stellen, Ausbildungen und Kurse, Lernen und Arbeiten sowie Begleitung stehen jeweils in einer eigenen Liste. Jede Liste hat eigene Punkte von 0 bis 100. Die Punkte sagen also etwas innerhalb einer Liste, nicht zwischen Listen.',
				'Angebote, die weiter weg sind, als Sie fahren möchten, die mehr Stunden pro Woche verlangen, als Sie können, oder die nicht so angeboten werden, wie Sie es wählen, lassen wir weg. Die Fahrzeit ist eine Schätzung: die Entfernung zwischen den Gemeinden, mit Umwegen und einer festen Zeit für Abfahrt und Parken.',
				'Steht dasselbe Angebot an zwei Orten, sehen Sie es einmal: an dem Ort, der am nächsten ist.'
			]
		},
		{
			title: 'Stellen: Wie gut passen Sie jetzt?',
			steps: [
				`Wir zählen, wie viele der gefragten Fähigkeiten Sie haben, auf dem gefragten Niveau. Alle Fähigkeiten zusammen sind ${POINTS.skills} Punkte wert. Haben Sie 4 von 5, bekommen Sie 4 von 5 Teilen.`,
				`Eine Fähigkeit, die eine Beraterin, ein Berater oder ein Arbeitgeber bestätigt hat oder die auf einem Zertifikat steht, zählt ${pct(SOURCE_WEIGHT.gevalideerd)}. Mit Nachweis zählt sie ${pct(SOURCE_WEIGHT.bewijs)}. Haben Sie sie nur selbst eingetragen, zählt sie ${pct(SOURCE_WEIGHT.zelf)}: Es ist trotzdem eine Fähigkeit. Eine Fähigkeit auf einem niedrigeren Niveau zählt zum Teil.`,
				`Ein Führerschein in Ihrem Profil zählt als Zertifikat für das Fahren, das dazugehört. Sprachen in Ihrem Profil zählen als Sprachkenntnisse: Muttersprache, C1 und C2 als höchstes Niveau (${CEFR_SKILL_LEVEL.C1}), B2 als ${CEFR_SKILL_LEVEL.B2}, B1 als ${CEFR_SKILL_LEVEL.B1}.`,
				`Verlangt die Stelle einen Führerschein, den Sie nicht haben, gibt es ${-POINTS.licenceMissing} Punkte Abzug. Verlangt sie ein Ausbildungsniveau über Ihrem: ${-POINTS.educationOneBelow} Abzug. Zwei Niveaus oder mehr darüber: ${-POINTS.educationBelowRequired}.`,
				`Führt die Stelle zu einem Beruf, den Sie möchten, bekommt sie ${POINTS.beroepswens} Punkte extra. Ein Beruf mit guten Chancen in Twente (kansberoep) gibt ${POINTS.kansberoep} Punkte, ein schrumpfender Beruf ${POINTS.krimp}. In der Nähe (innerhalb von ${POINTS.closeByMinutes} Minuten) gibt ${POINTS.closeBy} Punkte.`,
				'Eine Stelle, für die Sie mindestens eine gefragte Fähigkeit haben, steht immer über einer Stelle, für die Sie keine haben.'
			]
		},
		{
			title: 'Ausbildungen, Kurse sowie Lernen und Arbeiten: Wie weit bringt es Sie?',
			steps: [
				`Führt es zu einem Beruf, den Sie möchten, bekommt es ${POINTS.trainingWish} Punkte. Lernen Sie dort die Fähigkeiten, die Ihnen für diesen Beruf noch fehlen, bekommt es bis zu ${POINTS.teachesWishSkills} Punkte: Je mehr von dem, was Ihnen fehlt, desto mehr Punkte. Die wichtigsten Fähigkeiten des Berufs zählen doppelt.`,
				`Gibt es eine Stelle, für die Sie schon mindestens die Hälfte der Fähigkeiten haben, und lernen Sie in diesem Angebot, was Ihnen dafür noch fehlt? Dann bekommt es bis zu ${POINTS.closesNearJob} Punkte.`,
				`Passt es zu Ihrer eigenen Berufserfahrung, bekommt es ${POINTS.ownSector} Punkte. Gehört es zur selben Branche wie Ihre Arbeit oder Ihr Wunsch: ${ownSectorSame} Punkte. Baut es auf Fähigkeiten auf, die Sie schon haben: ${ownSkills} Punkte.`,
				'Lernen Sie dort nichts Neues (Sie können schon alles auf diesem Niveau), bekommt es für Wunsch, Stelle und Branche keine Punkte.',
				`Passt das Niveau zu Ihrer Ausbildung (gleich, eins höher oder eins niedriger), kommen ${POINTS.levelFits} dazu. Ist es zwei Niveaus oder mehr höher: ${POINTS.levelAboveReach}. Fehlt Ihnen, was vorher nötig ist: ${POINTS.entryMissing}.`,
				`Kostenlos: ${POINTS.funding} Punkte. Führt es zu einem Beruf mit guten Chancen (dann können Sie oft eine Förderung nutzen): ${POINTS.kansberoep} Punkte, ein schrumpfender Beruf: ${POINTS.krimp}. Für „Sie müssen vorher nichts können“ gibt es keine Punkte.`
			]
		},
		{
			title: 'Begleitung: Berufsberatungsgespräche und Workshops',
			steps: [
				`Begleitung beginnt bei ${POINTS.guidanceBase} Punkten. Haben Sie noch keinen Wunschberuf, kommen ${POINTS.guidanceNoWish} dazu. Kostenlos: ${POINTS.guidanceFree}. In der Nähe: ${POINTS.guidanceCloseBy}.`
			]
		},
		{
			title: 'Bei jedem Ergebnis',
			steps: [
				'Bei jedem Ergebnis sehen Sie, wie viele der gefragten Fähigkeiten Sie haben, welche Ihnen fehlen, mit der kürzesten Ausbildung oder dem kürzesten Kurs, der diese Lücke schließt, welche Förderungen beim Bezahlen helfen können und wie die Punkte zustande kommen: jede Zeile mit ihren Punkten.',
				'Alles wird auf Ihrem eigenen Telefon berechnet. Ihre Daten gehen dafür nirgendwohin.'
			]
		}
	])
} as const;
