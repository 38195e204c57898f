/** Loads the Node core once per test file (the data files are built on demand when missing or stale). */
import { loadCore, type NodeCore } from '../../../scripts/lib/load-core';

let core: Promise<NodeCore> | undefined;

/** The core without the learned glossary, so results do not depend on another step's output. */
export function plainCore(): Promise<NodeCore> {
  core ??= loadCore({ glossary: [] });
  return core;
}
