import type { Theme, ToneScheme } from '../../protocol/settings/settings';

/** Colours for tones 1–4 and the neutral tone (index 4), on light and on dark backgrounds. */
export interface TonePalette {
  light: readonly [string, string, string, string, string];
  dark: readonly [string, string, string, string, string];
}

/**
 * The schemes readers know: Pleco's (red, green, blue, purple) and the one MDBG and Zhongwen use
 * (red, orange, green, blue), plus Tanci's own, whose hues stay apart for the common colour-vision
 * deficiencies (vermilion, bluish green, blue, reddish purple). Every colour keeps a 4.5:1 contrast on the
 * popup's light and dark backgrounds (test/unit/ui/settings/tone-colors.test.ts checks it). Colour is never
 * the only cue: the tone is in the pinyin text too.
 */
export const TONE_PALETTES: Record<Exclude<ToneScheme, 'off'>, TonePalette> = {
  pleco: {
    light: ['#e30000', '#007f00', '#0044dd', '#8a00b5', '#666666'],
    dark: ['#ff6b6b', '#5fd35f', '#7aa7ff', '#d68cff', '#a8a8a8'],
  },
  mdbg: {
    light: ['#e30000', '#b54e00', '#007a00', '#0050c8', '#666666'],
    dark: ['#ff6b6b', '#ffa04d', '#5fd35f', '#6fa8ff', '#a8a8a8'],
  },
  contrast: {
    light: ['#b83d00', '#00735a', '#005a9c', '#a3306e', '#5c5c5c'],
    dark: ['#ff9966', '#4fd1b0', '#79bcff', '#f28cc4', '#b4b4b4'],
  },
};

/** The popup's and the options page's backgrounds, which the palettes are checked against. */
export const TONE_BACKGROUNDS = { light: '#fffdf8', dark: '#1f2427' } as const;

export const TONE_VARIABLES = ['--tanci-t1', '--tanci-t2', '--tanci-t3', '--tanci-t4', '--tanci-t5'] as const;

function declarations(colors: readonly string[]): string {
  return TONE_VARIABLES.map((name, i) => `${name}: ${colors[i] ?? 'currentcolor'};`).join(' ');
}

/**
 * CSS that sets the tone variables on `scope` for a scheme and theme. Tone spans use
 * `color: var(--tanci-tN)`; with colours off they take `currentcolor`, which is the text's own colour.
 */
export function toneColorCss(scheme: ToneScheme, theme: Theme, scope = ':host'): string {
  if (scheme === 'off') return `${scope} { ${declarations([])} }`;
  const palette = TONE_PALETTES[scheme];
  if (theme !== 'system') return `${scope} { ${declarations(palette[theme])} }`;
  return `${scope} { ${declarations(palette.light)} }
@media (prefers-color-scheme: dark) { ${scope} { ${declarations(palette.dark)} } }`;
}

/** The colour a tone is shown in, or null with colours off; `tone` is 1–4, or 5 for neutral. */
export function toneColor(scheme: ToneScheme, tone: number, dark: boolean): string | null {
  if (scheme === 'off' || tone < 1 || tone > 5) return null;
  return TONE_PALETTES[scheme][dark ? 'dark' : 'light'][tone - 1] ?? null;
}

/** WCAG relative-luminance contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
