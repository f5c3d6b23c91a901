/**
 * `ontrack-validate`: checks content packs (files or URLs) for an editor.
 *
 *   npx ontrack-validate content.json [more.json | https://… ]
 *   --json      one JSON report for machines
 *   --help      how to use it
 *   --version   the Ontrack version
 *
 * Exit code 0: valid (warnings allowed), 1: a pack has errors or cannot be
 * read, 2: wrong usage. DOM-free and dependency-free once bundled
 * (dist/ontrack-validate.mjs), so it runs from the installed package.
 */
import { checkContentText, type ContentReport } from './check.js';
import { countProblems, problemLine } from './problems.js';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly fetch: typeof fetch;
  readonly version: string;
  readonly now?: Date;
}

const USAGE = `Usage: ontrack-validate [--json] <content.json | URL> [more …]

Checks Ontrack content packs and explains every problem by the item's id and
field, with a suggestion where a name is almost right.

  --json      print one JSON report (for scripts and CI)
  --help      show this help
  --version   show the version

Exit code: 0 valid (warnings allowed), 1 errors found or a file unreadable, 2 wrong usage.`;

interface FileReport extends Partial<ContentReport> {
  readonly file: string;
  readonly valid: boolean;
  readonly unreadable?: string;
}

async function read(source: string, io: CliIo): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await io.fetch(source, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return io.readFile(source);
}

function reason(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? (error instanceof Error ? error.message : String(error));
}

function printText(report: FileReport, io: CliIo) {
  if (report.unreadable) {
    io.out(`✗ ${report.file}: cannot be read (${report.unreadable})`);
    return;
  }
  const errors = report.errors ?? [];
  const warnings = report.warnings ?? [];
  if (report.syntax) {
    io.out(`✗ ${report.file}: not valid JSON, ${report.syntax.message}`);
    for (const line of report.syntax.excerpt.split('\n')) io.out(`    ${line}`);
    return;
  }
  if (errors.length) {
    io.out(`✗ ${report.file}: ${countProblems(errors.length)} to fix (what has a mistake is left out of the widgets):`);
    for (const problem of errors) io.out(`  - ${problemLine(problem)}`);
  } else io.out(`✓ ${report.file} is valid: ${report.summary}`);
  for (const problem of warnings) io.out(`  warning: ${problemLine(problem)}`);
}

/** Runs the command with `args` (without node and the script); returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const options = args.filter((a) => a.startsWith('-'));
  const sources = args.filter((a) => !a.startsWith('-'));
  if (options.includes('--help') || options.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (options.includes('--version') || options.includes('-v')) {
    io.out(io.version);
    return 0;
  }
  const unknown = options.filter((o) => o !== '--json');
  if (unknown.length || sources.length === 0) {
    io.out(unknown.length ? `Unknown option ${unknown.join(', ')}.\n\n${USAGE}` : USAGE);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of sources) {
    let text: string;
    try {
      text = await read(file, io);
    } catch (error) {
      reports.push({ file, valid: false, unreadable: reason(error) });
      continue;
    }
    const report = checkContentText(text, io.now);
    reports.push({ file, valid: report.errors.length === 0, ...report });
  }
  if (options.includes('--json')) io.out(JSON.stringify({ version: io.version, files: reports }, null, 2));
  else for (const report of reports) printText(report, io);
  return reports.every((r) => r.valid) ? 0 : 1;
}
