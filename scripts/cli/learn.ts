/**
 * npm run learn -- [--out FILE] [--json] [--all] [CORPUS FILES…]
 *
 * Learns policy terms from a corpus. With no files it learns from seeds/*.txt and writes the glossary the
 * extension ships (public/data/glossary.json); with files it learns from them (your own articles, UTF-8
 * text) and writes to --out if given. --json prints the ranked entries to stdout. --all keeps terms a
 * reviewer rejected (seeds/glossary-rejects.tsv). Reports how many terms it found and how many have
 * reviewed English.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GLOSSARY_OUTPUT } from '../data/glossary';
import { buildGlossary, seedFiles } from '../data/glossary-build';
import { root } from '../lib/paths';

const USAGE = 'usage: npm run learn -- [--out FILE] [--json] [--all] [CORPUS FILES…]';

interface Args {
  out?: string;
  json: boolean;
  all: boolean;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, all: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--all') args.all = true;
    else if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error(`--out needs a file name\n${USAGE}`);
      args.out = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else args.files.push(arg);
  }
  return args;
}

function checkFile(file: string): string {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`${file}: no such file`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error(`${file}: looks binary; give UTF-8 text files`);
  if (bytes.toString('utf8').includes('\ufffd')) throw new Error(`${file}: not valid UTF-8`);
  return path;
}

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const files = args.files.length > 0 ? args.files.map(checkFile) : seedFiles();
  const { entries, learned, rejected } = await buildGlossary(files, { applyRejects: !args.all });
  const out = args.out ?? (args.files.length === 0 ? join(root, GLOSSARY_OUTPUT) : undefined);
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, `${JSON.stringify(entries, null, args.out ? 2 : 0)}\n`);
  }
  if (args.json) console.log(JSON.stringify(entries, null, 2));
  const reviewed = entries.filter((e) => e.reviewed).length;
  const log = args.json ? console.error : console.log;
  log(
    `learned ${entries.length} terms from ${files.length} file(s) (${learned.length} proposed, ${rejected.length} reviewed rejects left out); ` +
      `${reviewed} with reviewed English, ${entries.length - reviewed} machine-glossed` +
      `${out ? `; wrote ${out}` : ''} in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`learn: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
