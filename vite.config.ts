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
		globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,webmanifest}']
	},
	devOptions: { enabled: false }
};

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
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
