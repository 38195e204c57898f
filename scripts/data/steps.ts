import type { DataStep } from './build-data';
import { cedictStep } from './cedict';
import { domainLexiconStep } from './domain-lexicon';
import { g2pmStep } from './g2pm';
import { glossaryStep } from './glossary';
import { readingUnitsStep } from './reading-units';
import { segmenterDictStep } from './segmenter-dict';
import { wordReadingsStep } from './word-readings';

/**
 * The data steps in the order they must run (later steps may read what earlier ones wrote).
 * Each lives in its own file beside this one.
 */
export const steps: DataStep[] = [
  segmenterDictStep,
  wordReadingsStep,
  g2pmStep,
  cedictStep,
  glossaryStep,
  domainLexiconStep,
  readingUnitsStep,
];
