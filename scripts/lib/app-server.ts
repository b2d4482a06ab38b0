/**
 * The production build (`node build`) in a process of its own, for the e2e suite, the fault tests and the
 * load bench: started on a port with its own database, ready once /api/health answers, and stopped with
 * SIGTERM (then SIGKILL: the database pool can keep the process alive) or killed outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface AppServerOptions {
	port: number;
	/** PostgreSQL URL; without it the server uses PGlite in `DATA_DIR` (set it in `env`). */
	databaseUrl?: string;
	/** The origin the app builds links with; `http://localhost:<port>` by default. */
	origin?: string;
	/** Seed the demo accounts and catalogue (SEED_DEMO=1). */
	seed?: boolean;
	env?: Record<string, string | undefined>;
	nodeArgs?: string[];
	/** The build to run; ./build by default. */
	buildDir?: string;
	/** 'inherit' shows the output; 'capture' keeps it in `log` (default); 'ignore' drops it. */
	output?: 'inherit' | 'capture' | 'ignore';
	/** How long to wait for /api/health (60 s by default). */
	readyTimeoutMs?: number;
}

export class AppServer {
	process: ChildProcess | null = null;
	/** What the server printed, with its exits ('capture' only). */
	log: string[] = [];
	constructor(readonly options: AppServerOptions) {}

	get origin(): string {
		return this.options.origin ?? `http://localhost:${this.options.port}`;
	}

	/** Starts the server and resolves once it answers /api/health. */
	async start(): Promise<void> {
		const { port, databaseUrl, seed = true, env = {}, nodeArgs = [], buildDir = 'build', output = 'capture', readyTimeoutMs = 60_000 } = this.options;
		const child = spawn(process.execPath, [...nodeArgs, resolve(buildDir)], {
			env: { ...process.env, PORT: String(port), ORIGIN: this.origin, SEED_DEMO: seed ? '1' : '0', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...env },
			stdio: output === 'capture' ? ['ignore', 'pipe', 'pipe'] : output === 'inherit' ? 'inherit' : 'ignore'
		});
		this.process = child;
		child.stdout?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
		child.on('exit', (code, signal) => this.log.push(`[exit ${code ?? signal}]\n`));
		// A test or bench that dies must not leave a server behind.
		process.once('exit', () => child.kill('SIGKILL'));
		const deadline = Date.now() + readyTimeoutMs;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) break;
			const up = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
			if (up) return;
			await new Promise((r) => setTimeout(r, 100));
		}
		child.kill('SIGKILL');
		throw new Error(`node build on port ${port} did not answer /api/health\n${this.log.join('')}`);
	}

	/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
	async stop(graceMs = 3000): Promise<void> {
		const child = this.process;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
		await exited;
		clearTimeout(timer);
	}

	/** No shutdown, no flushing (SIGKILL by default): the process is gone mid-request, as after a crash. */
	async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
		const child = this.process;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill(signal);
		await exited;
	}
}
