import { styleSyllables } from '@/core/pinyin/pinyin-style';
import type { Settings } from '@/protocol/settings/settings';
import { toneColorCss } from '@/ui/settings/tone-colors';

const SAMPLE = { word: '碳达峰', traditional: '碳達峰', pinyin: 'tàn dá fēng', tones: [4, 2, 1] };

/** The headword and pinyin as the popup will show them, with the chosen style, colours, size and theme. */
export function PinyinPreview({ settings, label }: { settings: Settings; label: string }) {
  const syllables = styleSyllables(SAMPLE.pinyin, settings.pinyinStyle, SAMPLE.tones);
  const theme = settings.theme === 'system' ? '' : settings.theme;
  return (
    <figure class={`preview ${theme}`} aria-label={label} style={{ fontSize: `${settings.fontSize}px` }}>
      <style>{toneColorCss(settings.toneColors, settings.theme, '.preview')}</style>
      <span class="word" lang="zh-CN">
        {SAMPLE.word}
      </span>
      {settings.showTraditional ? (
        <span class="trad" lang="zh-TW">
          {SAMPLE.traditional}
        </span>
      ) : null}
      <span class="pinyin" lang={settings.pinyinStyle === 'zhuyin' ? 'zh-Bopo' : 'zh-Latn-pinyin'}>
        {syllables.map((s, i) => (
          <span key={`${i}${s}`} class={`t${SAMPLE.tones[i] ?? 5}`}>
            {i > 0 ? ' ' : ''}
            {s}
          </span>
        ))}
      </span>
    </figure>
  );
}
