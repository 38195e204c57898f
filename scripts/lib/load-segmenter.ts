/**
 * Node loader of what segmentation alone needs (the segmenter dictionary and the glossary's terms), apart from
 * ./load-core.ts so `annotate --format seg` starts without importing the pinyin reader, the model or their data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY_FILE, parseGlossary } from '../../core/glossary/glossary-file';
import {
  parseSegmenterData,
  SEGMENTER_DATA_FILE,
  type SegmenterData,
} from '../../core/segment/segmenter-data';
import type { GlossaryEntry } from '../../core/types';
import { segmenterDictStep } from '../data/segmenter-dict';
import { ensureFresh } from './ensure-fresh';
import { dataDir } from './paths';

/** Reads the segmenter dictionary, building it first when it is missing or stale. */
export async function loadSegmenterData(): Promise<SegmenterData> {
  const path = join(dataDir, SEGMENTER_DATA_FILE);
  await ensureFresh(segmenterDictStep);
  return parseSegmenterData(readFileSync(path));
}

/** The learned policy glossary, or undefined when it has not been built (H4's data step writes it). */
export function loadGlossary(): GlossaryEntry[] | undefined {
  const path = join(dataDir, GLOSSARY_FILE);
  if (!existsSync(path)) return undefined;
  return parseGlossary(readFileSync(path, 'utf8'));
}
