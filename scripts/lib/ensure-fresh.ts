import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStep } from '../data/build-data';

// Not build-data's `root`: the data steps import this module, and build-data imports the steps.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a data step when its output is missing or older than one of its inputs (a CLI run right after an edit). */
export async function ensureFresh(step: DataStep): Promise<void> {
  const built = Math.min(
    ...step.outputs.map((out) => (existsSync(join(root, out)) ? statSync(join(root, out)).mtimeMs : 0)),
  );
  const changed = step.inputs.some((input) => {
    const path = join(root, input);
    return existsSync(path) && statSync(path).mtimeMs > built;
  });
  if (built === 0 || changed) await step.run();
}
