import { m } from '$lib/paraglide/messages';
import type { AppLocale } from '$lib/shared/locale';
import type { CvText } from './cv-pdf';

/** The CV's headings and fixed phrases from the message files, in `locale`; `date` is the day it is made, as printed. */
export function cvText(locale: AppLocale, date: string): CvText {
	const options = { locale };
	return {
		locale,
		profile: m.paspoort_field_about({}, options),
		work: m.paspoort_experience_title({}, options),
		education: m.paspoort_educations({}, options),
		certificates: m.paspoort_certificates({}, options),
		skills: m.paspoort_skills_title({}, options),
		languages: m.paspoort_languages({}, options),
		drivingLicences: m.paspoort_licences({}, options),
		present: m.paspoort_cv_present({}, options),
		completed: m.paspoort_cv_completed({}, options),
		validUntil: (month) => m.paspoort_cv_valid_until({ month }, options),
		sources: {
			zelf: m.paspoort_source_zelf({}, options),
			bewijs: m.paspoort_source_bewijs({}, options),
			gevalideerd: m.paspoort_source_gevalideerd({}, options),
			certificaat: m.paspoort_source_certificaat({}, options)
		},
		cefr: {
			A1: m.paspoort_cefr_A1({}, options),
			A2: m.paspoort_cefr_A2({}, options),
			B1: m.paspoort_cefr_B1({}, options),
			B2: m.paspoort_cefr_B2({}, options),
			C1: m.paspoort_cefr_C1({}, options),
			C2: m.paspoort_cefr_C2({}, options),
			moedertaal: m.paspoort_cefr_moedertaal({}, options)
		},
		footer: m.paspoort_cv_footer({ date }, options),
		qrCaption: m.paspoort_cv_qr_verify({}, options)
	};
}
