import { CV_PHOTO_ASPECT, CV_PHOTO_HEIGHT, photoCrop } from '$lib/shared/paspoort/cv-photo';

/** A photo ready for the CV: a small JPEG in the CV photo's shape. */
export interface CvPhoto {
	dataUrl: string;
}

/** The photo the resident picked, cut to a portrait and made small, on the device (it is never uploaded). */
export async function cvPhoto(file: Blob): Promise<CvPhoto> {
	const bitmap = await createImageBitmap(file);
	try {
		const crop = photoCrop(bitmap.width, bitmap.height);
		const height = Math.min(CV_PHOTO_HEIGHT, crop.height);
		const width = Math.round(height * CV_PHOTO_ASPECT);
		const canvas = Object.assign(document.createElement('canvas'), { width, height });
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no canvas');
		// JPEG has no transparency: a transparent PNG gets a white background, as on paper.
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, width, height);
		context.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height);
		return { dataUrl: canvas.toDataURL('image/jpeg', 0.85) };
	} finally {
		bitmap.close();
	}
}
