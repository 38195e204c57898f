/** How the benchmarks print shares and speeds. */
export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
export const rate = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${Math.round(x / 1e3)} k`);
