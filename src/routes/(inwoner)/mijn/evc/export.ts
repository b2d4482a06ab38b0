import type { EvcEvidence, EvcReview } from '$lib/client/evc.svelte';
import type { SyncDatabase } from '$lib/client/db';
import { buildEvcPdf, buildEvcZip, packFileName, type PackFile } from '$lib/client/export/evc-pack';
import { kerntaakTitle, kindLabel, kwalificatieName, verdictLabel, werkprocesTitle } from '$lib/components/evc/labels';
import { werkprocesById, type Kwalificatie } from '$lib/data/evc';
import { m } from '$lib/paraglide/messages';
import type { Readiness } from '$lib/shared/evc/readiness';

const STATE = { covered: m.evc_status_covered, aanvullen: m.evc_status_aanvullen, missing: m.evc_status_missing };

/**
 * Builds the intakepakket from what is on this device and hands it to the browser as a download.
 * Returns how many files could not be included because only the server has them and we are offline.
 */
export async function exportIntakePack(input: {
	db: SyncDatabase;
	kwalificatie: Kwalificatie;
	readiness: Readiness;
	evidence: EvcEvidence[];
	reviewOf: (id: string) => EvcReview | undefined;
	residentName: string;
}): Promise<number> {
	const files: PackFile[] = [];
	const fileLabels = new Map<string, string>();
	let missing = 0;
	for (const [i, item] of input.evidence.entries()) {
		if (!item.fileId) continue;
		const local = await input.db.files.get(item.fileId);
		let bytes: Uint8Array | null = local ? new Uint8Array(await local.blob.arrayBuffer()) : null;
		if (!bytes) {
			const response = await fetch(`/api/files/${item.fileId}`).catch(() => null);
			bytes = response?.ok ? new Uint8Array(await response.arrayBuffer()) : null;
		}
		if (!bytes) {
			missing++;
			continue;
		}
		const path = packFileName(i, item.title, item.fileName);
		files.push({ path, bytes });
		fileLabels.set(item.id, `${m.evc_pdf_file()}: ${path}`);
	}
	const date = new Date().toISOString().slice(0, 10);
	const pdf = await buildEvcPdf({
		title: m.evc_export_title(),
		residentName: input.residentName,
		standardLabel: m.evc_pdf_standard(),
		standard: `${kwalificatieName(input.kwalificatie)} (${m.evc_level({ level: input.kwalificatie.level })})`,
		coverageLabel: m.evc_pdf_coverage(),
		coverageSummary: m.evc_readiness_summary({ covered: input.readiness.covered, total: input.readiness.total, percent: input.readiness.percent }),
		kerntaken: input.readiness.kerntaken.map((k) => ({
			title: kerntaakTitle(k.kerntaak),
			summary: m.evc_kerntaak_summary({ covered: k.covered, total: k.total }),
			werkprocessen: k.werkprocessen.map((w) => ({ title: werkprocesTitle(w.werkproces), state: STATE[w.status]() }))
		})),
		itemsLabel: m.evc_pdf_items(),
		items: input.evidence.map((item) => {
			const review = input.reviewOf(item.id);
			const paragraphs =
				item.kind === 'starr'
					? (['situatie', 'taak', 'actie', 'resultaat', 'reflectie'] as const).filter((k) => item[k]).map((k) => ({ label: STARR_LABELS[k](), text: item[k] }))
					: item.kind === 'werkgeversverklaring'
						? [{ label: `${item.refName}, ${item.refRole} (${item.refContact})`, text: item.refStatement }]
						: [];
			return {
				title: item.title,
				kind: kindLabel(item.kind),
				shows: item.werkprocesIds.map((id) => werkprocesById(id)).filter((w) => w !== undefined).map((w) => werkprocesTitle(w.werkproces)).join(', '),
				paragraphs,
				fileLabel: fileLabels.get(item.id) ?? null,
				review: review ? `${m.evc_pdf_review()}: ${verdictLabel(review.verdict)} (${review.reviewerName})${review.comment ? ` — ${review.comment}` : ''}` : null
			};
		}),
		footer: m.evc_pdf_footer({ date })
	});
	const pdfName = `evc-overzicht-${input.kwalificatie.id}.pdf`;
	const zip = await buildEvcZip(pdfName, pdf, files);
	const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `evc-intakepakket-${date}.zip`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	return missing;
}

const STARR_LABELS = { situatie: m.evc_starr_situatie, taak: m.evc_starr_taak, actie: m.evc_starr_actie, resultaat: m.evc_starr_resultaat, reflectie: m.evc_starr_reflectie };
