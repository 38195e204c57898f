import { useContext } from 'preact/hooks';
import { styleSyllables } from '@/core/pinyin/pinyin-style';
import { ReaderSettingsContext } from '@/ui/settings/reader-settings-context';

/** Tone colours (Pleco-like: 1 red, 2 orange, 3 green, 4 blue, neutral grey), also readable on white and dark. */
export const TONE_CLASSES = ['', 't1', 't2', 't3', 't4', 't5'] as const;

/** Pinyin with each syllable coloured by its tone; the tone is also in the text (marks), never colour alone. */
export function PinyinText({
  pinyin,
  tones,
  class: className,
}: {
  pinyin: string;
  tones: number[];
  class?: string;
}) {
  const { pinyinStyle } = useContext(ReaderSettingsContext);
  const syllables = styleSyllables(pinyin, pinyinStyle, tones);
  return (
    <span
      class={className ? `pinyin ${className}` : 'pinyin'}
      lang={pinyinStyle === 'zhuyin' ? 'zh-Bopo' : 'zh-Latn-pinyin'}
    >
      {syllables.map((s, i) => (
        <>
          {i > 0 ? ' ' : null}
          <span class={TONE_CLASSES[tones[i] ?? 0] ?? ''}>{s}</span>
        </>
      ))}
    </span>
  );
}
