import type { Settings } from '@/protocol/settings/settings';
import { toneColorCss } from '@/ui/settings/tone-colors';

/** The popup's colours forced light, overriding its `prefers-color-scheme: dark` rules. */
const LIGHT = `
.root { background: #fffdf8 !important; color: #1d2327 !important; border-color: #b9c3c9 !important; }
.muted, .source { color: #5b666c !important; }
.policy { background: #e9f6f3 !important; border-color: #1f7a6c !important; }
button { background: #fff !important; color: #1d2327 !important; border-color: #8a9499 !important; }
button[aria-pressed="true"] { background: #1f7a6c !important; color: #fff !important; border-color: #1f7a6c !important; }`;

/** The popup's colours forced dark whatever the system says. */
const DARK = `
.root { background: #1f2427 !important; color: #e8ecee !important; border-color: #4a555c !important; }
.muted, .source { color: #a9b4ba !important; }
.policy { background: #17342f !important; border-color: #2c6e62 !important; }
button { background: #2b3235 !important; color: #e8ecee !important; border-color: #56626a !important; }
button[aria-pressed="true"] { background: #2c6e62 !important; color: #fff !important; border-color: #2c6e62 !important; }`;

/**
 * CSS that follows the reader's settings, placed after the popup's own styles in its shadow root:
 * theme, text size (everything scales from it) and tone colours.
 */
export function popupSettingsCss(settings: Settings): string {
  const size = settings.fontSize;
  const scale = (px: number) => `${Math.round((px * size) / 14)}px`;
  return [
    settings.theme === 'light' ? LIGHT : settings.theme === 'dark' ? DARK : '',
    `.root { font-size: ${size}px !important; }`,
    `h2 { font-size: ${scale(26)} !important; } .trad { font-size: ${scale(18)}; } .pinyin { font-size: ${scale(16)}; }`,
    `.muted, .source { font-size: ${scale(12)}; } .nearby, button { font-size: ${scale(13)}; }`,
    toneColorCss(settings.toneColors, settings.theme, '.root'),
    '.t1 { color: var(--tanci-t1) !important; } .t2 { color: var(--tanci-t2) !important; }',
    '.t3 { color: var(--tanci-t3) !important; } .t4 { color: var(--tanci-t4) !important; }',
    '.t5 { color: var(--tanci-t5) !important; }',
  ].join('\n');
}
