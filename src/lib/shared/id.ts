import { v7 } from 'uuid';

/** UUIDv7: time-ordered, so ids made offline on a phone sort and index well on the server. */
export function newId(): string {
	return v7();
}
