import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { SvelteKitPWA, type SvelteKitPWAOptions } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

/** Also used by the bench's floor build (scripts/bench/lighthouse.ts), so it has the same worker set-up. */
export const pwaOptions: Partial<SvelteKitPWAOptions> = {
	strategies: 'injectManifest',
	srcDir: 'src',
	filename: 'service-worker.ts',
	injectRegister: false,
	registerType: 'prompt',
	manifestFilename: 'manifest.webmanifest',
	manifest: {
		id: '/',
		name: 'Talentpaspoort Twente',
		short_name: 'Talentpaspoort',
		description: 'Je eigen paspoort van wat je kunt: skills, Loopbaan-APK, EVC-bewijs en scholing in Twente.',
		lang: 'nl',
		start_url: '/mijn',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#b3001b',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	},
	injectManifest: {
		globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,webmanifest,ttf}']
	},
	devOptions: { enabled: false }
};

/** Specs of rune code, run with Svelte's client build. */
const CLIENT_SPECS = 'src/**/*.svelte.spec.ts';

/** Tests that search (fuzzing, property runs, attacks): their run counts come from the environment. */
const LONG_RUNS = ['src/lib/server/fuzz/**/*.spec.ts', 'src/lib/server/sync/convergence.spec.ts', 'src/lib/server/monitoring/differencing.spec.ts'];

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Dutch unless the person chose English with the language switch.
			strategy: ['cookie', 'baseLocale'],
			// One module per message in dev and tests too (the plugin's default there is one per locale), so
			// `import.meta.glob` over message files (components/paspoort/labels.ts) works everywhere.
			outputStructure: 'message-modules'
		}),
		sveltekit(),
		SvelteKitPWA(pwaOptions)
	],
	test: {
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Both cores: every file runs in a process of its own with a database of its own.
		maxWorkers: 2,
		projects: [
			// Pure logic: no database, no network.
			{ extends: true, test: { name: 'pure', include: ['src/**/*.spec.ts'], exclude: ['src/lib/server/**', 'src/routes/**', CLIENT_SPECS] } },
			// Runes on the device (the replica, the sync manager): Svelte's client build, IndexedDB from fake-indexeddb.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'client', include: [CLIENT_SPECS], environment: './scripts/lib/svelte-client-environment.ts' }
			},
			// Against a real database: PostgreSQL next to DATABASE_URL, else PGlite; migrated once per run.
			{
				extends: true,
				test: {
					name: 'database',
					include: ['src/lib/server/**/*.spec.ts', 'src/routes/**/*.spec.ts'],
					exclude: [...LONG_RUNS, CLIENT_SPECS],
					globalSetup: ['scripts/lib/vitest-database.ts']
				}
			},
			// Property runs and attacks: a short run by default, `npm run test:fuzz` for the long one.
			{ extends: true, test: { name: 'fuzz', include: LONG_RUNS, globalSetup: ['scripts/lib/vitest-database.ts'] } }
		]
	}
});
