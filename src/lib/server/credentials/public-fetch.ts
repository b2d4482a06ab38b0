import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

/**
 * Reading a public JSON document from someone else's server (an Open Badges 2.0 issuer hosting its
 * badges), without opening a way into our own network. The address is checked before anything is sent:
 * - https only, on the default port, with no user name or password in the URL;
 * - the host name is resolved first and every address it has must be a public one (no loopback, private,
 *   link-local such as the cloud metadata address 169.254.169.254, carrier-grade NAT, multicast,
 *   documentation or reserved ranges, in IPv4 and IPv6 alike);
 * - the connection goes to exactly the address that was checked, so a second DNS answer cannot point it
 *   elsewhere;
 * - no redirects are followed, the answer must be 200 (or 410, which Open Badges uses for revoked) and JSON,
 *   at most 256 KB, within 5 seconds.
 * `allowHosts` ("host:port") lifts the address rules for named hosts: for a test server on this machine,
 * never set in production.
 */
export type FetchJson = (url: string) => Promise<FetchedJson>;
export type FetchedJson = { status: 200; json: unknown } | { status: 410 };

export class FetchRefused extends Error {
	constructor(readonly reason: 'url' | 'address' | 'unreachable' | 'status' | 'too-large' | 'not-json' | 'timeout') {
		super(`fetch refused: ${reason}`);
	}
}

const MAX_BYTES = 256 * 1024;
const TIMEOUT_MS = 5000;

const blocked = new BlockList();
for (const [network, prefix] of [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.0.0.0', 24],
	['192.0.2.0', 24],
	['192.88.99.0', 24],
	['192.168.0.0', 16],
	['198.18.0.0', 15],
	['198.51.100.0', 24],
	['203.0.113.0', 24],
	['224.0.0.0', 4],
	['240.0.0.0', 4]
] as const)
	blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
	['::', 128],
	['::1', 128],
	['64:ff9b::', 96],
	['100::', 64],
	['2001::', 23],
	['2001:db8::', 32],
	['2002::', 16],
	['fc00::', 7],
	['fe80::', 10],
	['ff00::', 8]
] as const)
	blocked.addSubnet(network, prefix, 'ipv6');

/** Whether an address may be connected to: public unicast only. */
export function isPublicAddress(address: string): boolean {
	const family = isIP(address);
	if (family === 0) return false;
	if (family === 6) {
		// An IPv4 address written as IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1) is judged as the IPv4 address.
		const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
		const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(canonical);
		if (mapped) {
			const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
			return isPublicAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
		}
	}
	return !blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export function publicJsonFetcher(options: { allowHosts?: readonly string[] } = {}): FetchJson {
	const allowed = new Set(options.allowHosts ?? []);
	return async (raw) => {
		let url: URL;
		try {
			url = new URL(raw);
		} catch {
			throw new FetchRefused('url');
		}
		const exempt = allowed.has(url.host);
		if (url.username || url.password || url.hash) throw new FetchRefused('url');
		if (!exempt && (url.protocol !== 'https:' || url.port !== '')) throw new FetchRefused('url');
		if (exempt && url.protocol !== 'https:' && url.protocol !== 'http:') throw new FetchRefused('url');
		const host = url.hostname.replace(/^\[|\]$/g, '');
		let addresses: { address: string; family: number }[];
		try {
			addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
		} catch {
			throw new FetchRefused('unreachable');
		}
		if (addresses.length === 0 || (!exempt && !addresses.every((a) => isPublicAddress(a.address)))) throw new FetchRefused('address');
		return get(url, addresses[0]!);
	};
}

function get(url: URL, pinned: { address: string; family: number }): Promise<FetchedJson> {
	return new Promise((resolve, reject) => {
		const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
			url,
			{
				method: 'GET',
				headers: { accept: 'application/ld+json, application/json', 'user-agent': 'TalentpaspoortTwente-credential-check' },
				// Connect to the address that was checked, whatever DNS says now.
				lookup: (_host, _options, callback) => (callback as (e: null, address: string, family: number) => void)(null, pinned.address, pinned.family),
				timeout: TIMEOUT_MS
			},
			(response) => read(response).then(resolve, reject)
		);
		request.on('timeout', () => request.destroy(new FetchRefused('timeout')));
		request.on('error', (error) => reject(error instanceof FetchRefused ? error : new FetchRefused('unreachable')));
		request.end();
	});
}

async function read(response: IncomingMessage): Promise<FetchedJson> {
	const status = response.statusCode ?? 0;
	if (status === 410) {
		response.resume();
		return { status: 410 };
	}
	if (status !== 200) {
		response.resume();
		throw new FetchRefused('status');
	}
	// application/json, application/ld+json and other +json types.
	if (!/^application\/([a-z.+-]*\+)?json\b/i.test(response.headers['content-type'] ?? '')) {
		response.resume();
		throw new FetchRefused('not-json');
	}
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of response as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BYTES) {
			response.destroy();
			throw new FetchRefused('too-large');
		}
		chunks.push(chunk);
	}
	try {
		return { status: 200, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
	} catch {
		throw new FetchRefused('not-json');
	}
}
