/**
 * The seed of every fast-check property in the unit tests, set for all of them by the unit project's setup
 * (vitest.config.ts). CI (CI=true) uses a fixed seed, so a CI run checks the same cases every time and a
 * failure there is the code's, replayable exactly; elsewhere each run draws a new seed, to find new cases.
 * TANCI_FUZZ_SEED=<seed> replays a run: fast-check prints the seed (and the failing case's path) on failure.
 */
import fc from 'fast-check';

/** CI's fixed seed (any fixed number: the point is that every CI run checks the same cases). */
const CI_SEED = 20_261_203;

export const FUZZ_SEED = process.env.TANCI_FUZZ_SEED
  ? Number(process.env.TANCI_FUZZ_SEED)
  : process.env.CI === 'true'
    ? CI_SEED
    : Math.floor(Math.random() * 2 ** 31);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FUZZ_SEED });
