/** Word-level precision / recall / F1 over word spans, as the SIGHAN bakeoff's score script counts them. */

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  words: number;
}

export class SpanScorer {
  private correct = 0;
  private predicted = 0;
  private gold = 0;

  add(predicted: readonly string[], gold: readonly string[]): void {
    const spans = new Set<string>();
    let at = 0;
    for (const word of gold) {
      spans.add(`${at}:${at + word.length}`);
      at += word.length;
    }
    at = 0;
    for (const word of predicted) {
      if (spans.has(`${at}:${at + word.length}`)) this.correct++;
      at += word.length;
    }
    this.predicted += predicted.length;
    this.gold += gold.length;
  }

  score(): Score {
    const precision = this.predicted ? this.correct / this.predicted : 0;
    const recall = this.gold ? this.correct / this.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, words: this.gold };
  }
}

/** Words of a gold line ("共同  创造  美好") or of a token list, without whitespace. */
export function words(tokens: readonly string[]): string[] {
  return tokens.map((token) => token.replace(/\s+/gu, '')).filter(Boolean);
}
