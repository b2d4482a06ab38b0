/** The catalogue's form mapping is shared with the import (src/lib/shared/catalogue-import.ts). */
export * from '$lib/shared/matching/catalogue-forms';
