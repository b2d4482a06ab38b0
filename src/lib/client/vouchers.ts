import type { Role } from '$lib/shared/roles';
import type { VoucherSubmit } from '$lib/shared/voucher/workflow';

export interface VoucherEvent {
	status: string;
	actorName: string;
	actorRole: Role;
	reason: string;
	at: string;
}

export interface MyVoucher {
	application: {
		id: string;
		offerId: string;
		offer: { title: string; providerName: string; costEuros: number };
		status: string;
		amountEuros: number;
		chequeNumber: string | null;
		scholingsplan: string | null;
	};
	events: VoucherEvent[];
}

export class VoucherRequestError extends Error {
	constructor(readonly status: number | undefined, message: string) {
		super(message);
	}
}

/** Status history lives on the server (adviser and fund decisions); it needs a connection. */
export async function fetchMyVouchers(): Promise<MyVoucher[]> {
	const response = await fetch('/api/vouchers', { headers: { accept: 'application/json' } }).catch(() => null);
	if (!response) throw new VoucherRequestError(undefined, 'offline');
	if (!response.ok) throw new VoucherRequestError(response.status, ((await response.json().catch(() => null)) as { message?: string } | null)?.message ?? '');
	return ((await response.json()) as { applications: MyVoucher[] }).applications;
}

export async function submitMyVoucher(input: VoucherSubmit): Promise<void> {
	const response = await fetch('/api/vouchers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }).catch(() => null);
	if (!response) throw new VoucherRequestError(undefined, 'offline');
	if (!response.ok) throw new VoucherRequestError(response.status, ((await response.json().catch(() => null)) as { message?: string } | null)?.message ?? '');
}
