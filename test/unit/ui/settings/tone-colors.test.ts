import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  TONE_BACKGROUNDS,
  TONE_PALETTES,
  toneColor,
  toneColorCss,
} from '@/ui/settings/tone-colors';

describe('tone colours', () => {
  it('keeps every colour of every scheme readable (4.5:1) on the light and dark popup', () => {
    const weak: string[] = [];
    for (const [name, palette] of Object.entries(TONE_PALETTES)) {
      for (const mode of ['light', 'dark'] as const) {
        palette[mode].forEach((c, i) => {
          const ratio = contrastRatio(c, TONE_BACKGROUNDS[mode]);
          if (ratio < 4.5) weak.push(`${name} ${mode} tone ${i + 1}: ${ratio.toFixed(2)}`);
        });
      }
    }
    expect(weak).toEqual([]);
  });

  it('gives four distinct tone colours in each scheme', () => {
    for (const palette of Object.values(TONE_PALETTES)) {
      expect(new Set(palette.light.slice(0, 4)).size).toBe(4);
      expect(new Set(palette.dark.slice(0, 4)).size).toBe(4);
    }
  });

  it('writes CSS variables for the theme, following the system where asked', () => {
    expect(toneColorCss('pleco', 'light')).toContain(`--tanci-t2: ${TONE_PALETTES.pleco.light[1]}`);
    expect(toneColorCss('pleco', 'dark')).toContain(`--tanci-t2: ${TONE_PALETTES.pleco.dark[1]}`);
    expect(toneColorCss('mdbg', 'system')).toMatch(/prefers-color-scheme: dark/);
    expect(toneColorCss('off', 'dark', '.x')).toBe(
      '.x { --tanci-t1: currentcolor; --tanci-t2: currentcolor; --tanci-t3: currentcolor; --tanci-t4: currentcolor; --tanci-t5: currentcolor; }',
    );
    expect(toneColor('off', 1, false)).toBeNull();
    expect(toneColor('mdbg', 2, false)).toBe(TONE_PALETTES.mdbg.light[1]);
  });
});
