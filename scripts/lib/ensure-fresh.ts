import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStep } from '../data/build-data';
import { root } from './paths';

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
