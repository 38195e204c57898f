/**
 * g2pM as the pinyin reader uses it: the model, taking the argmax over each character's own readings, and
 * the characters for which its reading wins over a CC-CEDICT word reading (elsewhere the word's reading is
 * more often right on the CPP benchmark). That list is fitted on the even half of the CPP dev split by
 * scripts/bench/fit-model-first.ts, kept in seeds/models/g2pm/model-first.txt and shipped in
 * public/data/g2pm.bin with the weights.
 */
import { createG2pmModel, type G2pmModel, type G2pmWeights } from './g2pm-model';

export interface PolyphoneModel extends G2pmModel {
  /** Characters whose model reading wins over a CC-CEDICT word reading. */
  modelFirst: ReadonlySet<string>;
}

export function createPolyphoneModel(
  weights: G2pmWeights,
  modelFirst: Iterable<string> = weights.modelFirst ?? [],
): PolyphoneModel {
  return { ...createG2pmModel(weights, { ownReadingsOnly: true }), modelFirst: new Set(modelFirst) };
}
