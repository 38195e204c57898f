/**
 * g2pM as the pinyin reader uses it: the model, taking the argmax over each character's own readings, and
 * two lists of polyphonic characters fitted on the even half of the CPP dev split by
 * scripts/bench/fit-polyphone-lists.ts (kept in seeds/models/g2pm/, shipped in public/data/g2pm.bin):
 * - model first: the model's reading wins over a CC-CEDICT word reading (elsewhere the word's is more
 *   often right);
 * - sentence first: where no word decides, pinyin-pro's sentence reading was right as often as the
 *   model's, so the model is not run for them (most frequent characters are here: 的, 了, 和, 中…).
 */
import { createG2pmModel, type G2pmModel, type G2pmWeights } from './g2pm-model';

export interface PolyphoneModel extends G2pmModel {
  /** Characters whose model reading wins over a CC-CEDICT word reading. */
  modelFirst: ReadonlySet<string>;
  /** Characters whose pinyin-pro reading is kept where no word decides. */
  sentenceFirst: ReadonlySet<string>;
}

export function createPolyphoneModel(
  weights: G2pmWeights,
  modelFirst: Iterable<string> = weights.modelFirst ?? [],
  sentenceFirst: Iterable<string> = weights.sentenceFirst ?? [],
): PolyphoneModel {
  return {
    ...createG2pmModel(weights, { ownReadingsOnly: true }),
    modelFirst: new Set(modelFirst),
    sentenceFirst: new Set(sentenceFirst),
  };
}
