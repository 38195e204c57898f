/**
 * Build-time data packing: turns the registry packages and the reviewed files under seeds/ into the
 * compact files the extension and the CLIs load (public/data/, generated, never edited by hand, not
 * committed). Runs after `npm install`, before every build, and from the test setup.
 * Each step is skipped when its inputs have not changed since it last ran.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, root } from '../lib/paths';
import { steps } from './steps';

export interface DataStep {
  name: string;
  /** Files (relative to the project root) whose content decides whether the step must run again. */
  inputs: string[];
  /** Files (relative to the project root) the step writes. */
  outputs: string[];
  run(): Promise<void> | void;
}

function fingerprint(step: DataStep): string {
  const hash = createHash('sha256');
  for (const input of step.inputs) {
    const path = join(root, input);
    hash.update(input);
    if (existsSync(path) && statSync(path).isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

export async function buildData({ force = false, log = console.log } = {}): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const stampFile = join(root, 'node_modules/.cache/tanci-data.json');
  const stamps: Record<string, string> = existsSync(stampFile)
    ? JSON.parse(readFileSync(stampFile, 'utf8'))
    : {};
  for (const step of steps) {
    const print = fingerprint(step);
    const fresh = step.outputs.every((out) => existsSync(join(root, out)));
    if (!force && fresh && stamps[step.name] === print) continue;
    const started = performance.now();
    await step.run();
    stamps[step.name] = print;
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, JSON.stringify(stamps, null, 2));
    log(`data: ${step.name} built in ${Math.round(performance.now() - started)} ms`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildData({ force: process.argv.includes('--force') });
}
