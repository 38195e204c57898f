/**
 * Runs a stepped computation to its end at once. The long pure jobs (learning a lexicon or a page's terms,
 * cutting the dictionary) are generators that yield between steps so the background's scheduler can pace
 * them; tools, tests and benchmarks want the result without pacing.
 */
export function runSteps<T>(steps: Generator<unknown, T, unknown>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
