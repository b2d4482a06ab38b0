import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';

export type Endpoint = (event: RequestEvent) => unknown;

export interface Discovered {
	/** `<route id> <METHOD>` or `<route id> ?/<action>`, the key into TARGETS. */
	key: string;
	routeId: string;
	kind: 'handler' | 'action' | 'load';
	/** HTTP method for a handler, action name for an action, `load` for a page's server load. */
	name: string;
	fn: Endpoint;
}

const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const READING = ['GET', 'HEAD'] as const;
/** A GET is fuzzed when it reads the query string or a route parameter. */
const READS_INPUT = /searchParams|parseQuery|readFilter/;

const serverModules = import.meta.glob('/src/routes/**/+server.ts');
const pageModules = import.meta.glob('/src/routes/**/+page.server.ts');

const routeIdOf = (file: string) => file.replace(/^\/src\/routes/, '').replace(/\/\+(page\.)?server\.ts$/, '') || '/';

/** The URL a route id is reached at, with its parameters filled in. */
export function pathOf(routeId: string, params: Record<string, string>): string {
	const path = routeId
		.split('/')
		.filter((part) => !/^\(.+\)$/.test(part))
		.map((part) => part.replace(/^\[(.+)\]$/, (_, name: string) => encodeURIComponent(params[name] ?? '')))
		.join('/');
	return path || '/';
}

/**
 * Every handler that takes input, every form action, and every page load that reads the query string or a
 * route parameter under src/routes, found afresh on each run.
 */
export async function discoverEndpoints(): Promise<Discovered[]> {
	const found: Discovered[] = [];
	for (const [file, load] of Object.entries(serverModules)) {
		const routeId = routeIdOf(file);
		const mod = (await load()) as Record<string, unknown>;
		const source = readFileSync(resolve(`.${file}`), 'utf8');
		const readsInput = READS_INPUT.test(source) || routeId.includes('[');
		for (const method of [...MUTATING, ...(readsInput ? READING : [])]) {
			const fn = mod[method];
			if (typeof fn === 'function') found.push({ key: `${routeId} ${method}`, routeId, kind: 'handler', name: method, fn: fn as Endpoint });
		}
	}
	for (const [file, load] of Object.entries(pageModules)) {
		const routeId = routeIdOf(file);
		const mod = (await load()) as { actions?: Record<string, Endpoint>; load?: Endpoint };
		const source = readFileSync(resolve(`.${file}`), 'utf8');
		if (typeof mod.load === 'function' && (READS_INPUT.test(source) || routeId.includes('['))) {
			found.push({ key: `${routeId} load`, routeId, kind: 'load', name: 'load', fn: mod.load });
		}
		for (const [name, fn] of Object.entries(mod.actions ?? {})) {
			found.push({ key: `${routeId} ?/${name}`, routeId, kind: 'action', name, fn });
		}
	}
	return found.sort((a, b) => a.key.localeCompare(b.key));
}
