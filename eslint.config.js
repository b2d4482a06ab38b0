import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Inside src/lib, modules import each other through $lib; tests may still reach routes and scripts outside it. */
const relativeImports = { regex: '^\\.\\./(?!(\\.\\./)*(routes|scripts)/)', message: 'Import through $lib, not ../' };

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'src/lib/paraglide/', 'node_modules/', 'test-results/', 'playwright-report/', '.data/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app is served from the root, so plain hrefs are the resolved paths.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		// Every e2e test runs with the shared fixtures (waiting for the app, failing on an uncaught page error).
		files: ['e2e/**/*.ts'],
		ignores: ['e2e/support.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: "Import test and expect from './support', so the shared fixtures apply." }] }
			]
		}
	},
	{
		// Inside src/lib, modules import each other through $lib, so a file can move without its imports breaking.
		files: ['src/lib/**/*.ts', 'src/lib/**/*.svelte'],
		ignores: ['src/lib/shared/**', 'src/lib/data/**', 'src/lib/server/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [relativeImports] }] }
	},
	{
		// Shared rules and data run on the device and the server alike: they know nothing of either side or of the UI.
		files: ['src/lib/shared/**', 'src/lib/data/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						relativeImports,
						{ group: ['$lib/client', '$lib/client/*', '$lib/server', '$lib/server/*', '$lib/components', '$lib/components/*'], message: 'shared and data code imports no client, server or component code.' }
					]
				}
			]
		}
	},
	{
		// The server renders no components; what both need lives in $lib/shared.
		files: ['src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						relativeImports,
						{ group: ['$lib/components', '$lib/components/*'], message: 'Server code imports no component code; move what both need to $lib/shared.' }
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
