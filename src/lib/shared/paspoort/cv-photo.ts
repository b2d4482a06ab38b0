/** The photo on a CV: portrait, 4 wide to 5 high, as on a passport photo. */
export const CV_PHOTO_ASPECT = 4 / 5;
/** Pixels on the long side: sharp at the printed 26 × 32.5 mm, and small in the PDF. */
export const CV_PHOTO_HEIGHT = 480;

export interface Crop {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The middle of a picture with the CV photo's shape (the top for a tall one, where the face is). */
export function photoCrop(width: number, height: number, aspect = CV_PHOTO_ASPECT): Crop {
	if (width / height > aspect) {
		const cropWidth = Math.round(height * aspect);
		return { x: Math.round((width - cropWidth) / 2), y: 0, width: cropWidth, height };
	}
	const cropHeight = Math.round(width / aspect);
	return { x: 0, y: Math.round((height - cropHeight) / 5), width, height: cropHeight };
}
