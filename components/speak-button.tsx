import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { type SpeakResult, speakChinese } from '@/utils/speech';

/**
 * A button that reads Chinese text aloud. Where the device has no Chinese voice it says so in its
 * label instead of staying silent.
 */
export function SpeakButton({
  text,
  label,
  icon = '🔊',
  speak = speakChinese,
}: {
  text: string;
  label: string;
  icon?: string;
  speak?: (text: string) => Promise<SpeakResult>;
}) {
  const [problem, setProblem] = useState<string | null>(null);
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
