import type { Environment } from 'vitest/environments';

/**
 * Runs `.svelte.spec.ts` files against Svelte's client build (runes, effects, `createSubscriber`) in
 * Node: the code is transformed for Vite's client environment, and nothing else (no DOM) is set up.
 */
export default <Environment>{
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup: () => ({ teardown() {} })
};
