import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PushRequest {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

export interface TestPushService {
	/** `https://127.0.0.1:<port>`: the audience a VAPID token for this service must name. */
	origin: string;
	/** A subscription endpoint on this service, one per device name. */
	endpoint(device: string): string;
	/** Trusts this service's self-signed certificate (and nothing else). */
	agent: Agent;
	requests: PushRequest[];
	/** The first request (arrived or arriving within the timeout) that matches. */
	waitFor(match: (request: PushRequest) => boolean, timeoutMs?: number): Promise<PushRequest>;
	/** Answers requests to this device with this status from now on (201 when unset, as push services do). */
	answer(device: string, status: number): void;
	close(): Promise<void>;
}

/**
 * A push service for tests, in the test process: an HTTPS server (RFC 8030 needs https, and web-push only
 * speaks it) with a certificate made for 127.0.0.1 at start, that keeps every request it gets, raw.
 */
export async function startTestPushService(): Promise<TestPushService> {
	const dir = mkdtempSync(join(tmpdir(), 'tp-push-'));
	try {
		execFileSync(
			'openssl',
			['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
			{ stdio: 'ignore' }
		);
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error('the test push service needs openssl to make its certificate', { cause: error });
	}
	const key = readFileSync(join(dir, 'key.pem'));
	const cert = readFileSync(join(dir, 'cert.pem'));
	rmSync(dir, { recursive: true, force: true });

	const requests: PushRequest[] = [];
	const waiters: (() => void)[] = [];
	const answers = new Map<string, number>();
	const server = createServer({ key, cert }, (req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const path = req.url ?? '/';
			requests.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks) });
			for (const wake of waiters.splice(0)) wake();
			res.writeHead(answers.get(path) ?? 201, { 'content-type': 'text/plain' }).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const agent = new Agent({ ca: cert, keepAlive: false });
	const pathOf = (device: string) => `/push/${encodeURIComponent(device)}`;

	return {
		origin,
		agent,
		requests,
		endpoint: (device) => origin + pathOf(device),
		answer: (device, status) => void answers.set(pathOf(device), status),
		async waitFor(match, timeoutMs = 15_000) {
			const giveUpAt = Date.now() + timeoutMs;
			for (;;) {
				const found = requests.find(match);
				if (found) return found;
				const left = giveUpAt - Date.now();
				if (left <= 0) throw new Error(`no matching push request within ${timeoutMs} ms (${requests.length} arrived)`);
				await new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, left);
					waiters.push(() => {
						clearTimeout(timer);
						resolve();
					});
				});
			}
		},
		async close() {
			agent.destroy();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
