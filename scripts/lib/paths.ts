/**
 * The project root and the generated data folder, in a module that imports nothing of the project: the CLIs
 * that need only these (`annotate --format seg`) then start without loading every data step.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = join(root, 'public/data');
