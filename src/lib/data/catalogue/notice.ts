/** Shown wherever demo catalogue data appears, so nobody mistakes it for real offers or prices. */
export const DEMO_NOTICE =
	'Demo-aanbod: de opleidingen, cursussen, vacatures, prijzen en data in deze catalogus zijn voorbeelden om de app te laten zien. Instellingen bestaan echt, maar dit aanbod is niet van hen. Werkgevers zijn verzonnen.';
export const DEMO_NOTICE_EN =
	'Demo catalogue: the courses, vacancies, prices and dates here are examples to show the app. The institutions are real, but these offers are not theirs. Employers are fictional.';
export const DEMO_NOTICE_DE =
	'Demo-Angebot: Die Ausbildungen, Kurse, Stellen, Preise und Termine in diesem Katalog sind Beispiele, um die App zu zeigen. Die Einrichtungen gibt es wirklich, aber dieses Angebot ist nicht von ihnen. Die Arbeitgeber sind erfunden.';
