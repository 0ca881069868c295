/**
 * Builds several fixture sites one after another in this one Node process, with Astro's JavaScript API: after the
 * first, each build reuses the loaded modules and takes about half the time of a fresh `astro build`. Each build's
 * log is captured on its own. Run by tests/setup/site.ts as `node fixture-runner.ts <jobs.json> <results.json>`.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { build } from 'astro';

export interface FixtureJob {
	name: string;
	/** The copy's content folder, relative to the project root. */
	contentDir: string;
	outDir: string;
	base?: string | undefined;
	site?: string | undefined;
	diagrams?: string | undefined;
}
export interface FixtureResult {
	name: string;
	ok: boolean;
	/** Everything the build logged, and its error if it failed. */
	output: string;
	ms: number;
}

const [jobsFile, resultsFile] = process.argv.slice(2) as [string, string];
const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as FixtureJob[];
const results: FixtureResult[] = [];
/** Written whole and renamed into place, so a reader never sees half a file. */
const report = (done: boolean) => {
	writeFileSync(`${resultsFile}.part`, JSON.stringify({ done, results }));
	renameSync(`${resultsFile}.part`, resultsFile);
};

for (const job of jobs) {
	const started = Date.now();
	let output = '';
	const capture = (chunk: unknown) => ((output += String(chunk)), true);
	const write = { out: process.stdout.write, err: process.stderr.write };
	process.stdout.write = capture as typeof process.stdout.write;
	process.stderr.write = capture as typeof process.stderr.write;
	process.env['GUIDE_CONTENT_DIR'] = `./${job.contentDir}`;
	process.env['GUIDE_DIAGRAMS'] = job.diagrams ?? 'render';
	let ok = true;
	try {
		await build({ root: process.cwd(), outDir: job.outDir, ...(job.base ? { base: job.base } : {}), ...(job.site ? { site: job.site } : {}) });
	} catch (error) {
		ok = false;
		// As the CLI prints it: the error, and the file it points at (Astro's errors carry it as `loc`).
		const loc = (error as { loc?: { file?: string } }).loc?.file;
		output += `\n${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n${loc ? `  Location: ${loc}\n` : ''}`;
	} finally {
		process.stdout.write = write.out;
		process.stderr.write = write.err;
	}
	results.push({ name: job.name, ok, output: output.replace(/\x1b\[[0-9;]*m/g, ''), ms: Date.now() - started });
	report(false);
}
report(true);
process.exit(0);
