import { useEffect, useState } from 'preact/hooks';
import { t } from '@/ui/i18n';
import { findChineseVoice, speakChinese } from '@/ui/speech';

type VoiceState =
  | { kind: 'checking' }
  | { kind: 'voice'; name: string }
  | { kind: 'none'; reason: 'unsupported' | 'no-voice' };

/** Which Chinese voice reads words aloud, or why none can; with a button to hear it. */
export function SpeechCheck() {
  const [state, setState] = useState<VoiceState>({ kind: 'checking' });
  useEffect(() => {
    void findChineseVoice().then((r) =>
      setState(
        r.voice
          ? { kind: 'voice', name: `${r.voice.name} (${r.voice.lang})` }
          : { kind: 'none', reason: r.reason },
      ),
    );
  }, []);
  if (state.kind === 'checking') return null;
  if (state.kind === 'none') {
    return (
      <p class="speech-status" role="status">
        {t(state.reason === 'unsupported' ? 'speechUnsupported' : 'speechNoVoice')}
      </p>
    );
  }
  return (
    <p class="speech-status" role="status">
      {t('speechVoice', state.name)}{' '}
      <button type="button" onClick={() => void speakChinese('碳达峰')}>
        {t('speechTry')}
      </button>
    </p>
  );
}
