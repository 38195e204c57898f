import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/ui/i18n';
import { chineseVoice, type SpeakResult, speakChinese, type VoiceAvailability } from '@/ui/speech';

/** A speaker drawn as SVG: an emoji would show as an empty box on systems without an emoji font. */
export function SpeakerIcon() {
  return (
    <svg class="speaker-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor" />
      <path
        d="M11 5.5a3.5 3.5 0 0 1 0 5M12.8 3.5a6 6 0 0 1 0 9"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
      />
    </svg>
  );
}

/**
 * A button that reads Chinese text aloud. Where the device has no Chinese voice there is no button (the
 * options page's "Read aloud" section says why, once); should speaking fail anyway, its label says so.
 */
export function SpeakButton({
  text,
  label,
  icon = <SpeakerIcon />,
  speak = speakChinese,
  voice = chineseVoice,
}: {
  text: string;
  label: string;
  icon?: ComponentChildren;
  speak?: (text: string) => Promise<SpeakResult>;
  voice?: VoiceAvailability;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [hasVoice, setHasVoice] = useState(voice.now);
  useEffect(() => {
    if (hasVoice === undefined) void voice.check().then(setHasVoice);
  }, [voice, hasVoice]);
  if (hasVoice === false) return null;
  const onClick = async () => {
    const result = await speak(text);
    setProblem(result.ok ? null : result.reason === 'no-voice' ? t('popupNoVoice') : t('speechUnsupported'));
  };
  return (
    <button
      type="button"
      class="speak"
      tabIndex={-1}
      aria-label={problem ?? label}
      title={problem ?? label}
      aria-disabled={problem !== null}
      onClick={() => void onClick()}
    >
      {icon}
      {problem ? <span class="speak-problem"> {problem}</span> : null}
    </button>
  );
}
