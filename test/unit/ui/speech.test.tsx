import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SpeakButton } from '@/ui/speak-button';
import { chineseVoices, createVoiceAvailability, speakChinese } from '@/ui/speech';

const voice = (name: string, lang: string, localService = true) =>
  ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  constructor(public text: string) {
    super();
  }
}

function fakeSynth(voices: SpeechSynthesisVoice[]) {
  const spoken: FakeUtterance[] = [];
  const synth = {
    getVoices: () => voices,
    cancel: () => undefined,
    speak: (u: FakeUtterance) => {
      spoken.push(u);
      u.dispatchEvent(new Event('start'));
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as SpeechSynthesis;
  return { synth, spoken };
}

describe('read aloud', () => {
  it('prefers a Mainland Mandarin voice on the device over network and other Chinese voices', () => {
    const ranked = chineseVoices([
      voice('English', 'en-US'),
      voice('Cantonese', 'zh-HK'),
      voice('Taiwan', 'zh-TW'),
      voice('Google 普通话', 'zh-CN', false),
      voice('Tingting', 'zh_CN'),
    ]);
    expect(ranked.map((v) => v.name)).toEqual(['Tingting', 'Google 普通话', 'Taiwan', 'Cantonese']);
  });

  it('speaks with the Chinese voice, and says why when it cannot', async () => {
    const { synth, spoken } = fakeSynth([voice('English', 'en-US'), voice('Tingting', 'zh-CN')]);
    const Utterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;
    expect(await speakChinese('碳达峰', { synth, Utterance })).toEqual({ ok: true, voice: 'Tingting' });
    expect(spoken[0]).toMatchObject({ text: '碳达峰', lang: 'zh-CN' });

    const none = fakeSynth([voice('English', 'en-US')]);
    expect(await speakChinese('碳达峰', { synth: none.synth, Utterance })).toEqual({
      ok: false,
      reason: 'no-voice',
    });
    expect(await speakChinese('碳达峰', {})).toEqual({ ok: false, reason: 'unsupported' });
  });

  it('the popup’s speaker button shows that no Chinese voice exists instead of failing silently', async () => {
    render(
      <SpeakButton
        text="碳达峰"
        label="Read aloud"
        speak={async () => ({ ok: false, reason: 'no-voice' })}
        voice={{ now: true, check: async () => true }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    // The fake browser has no i18n strings, so the message shows as its key.
    await waitFor(() => expect(screen.getByRole('button').getAttribute('aria-label')).toBe('popupNoVoice'));
  });

  it('shows no speaker button on a device without a Chinese voice, once that is known', async () => {
    const Utterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;
    const none = createVoiceAvailability({ synth: fakeSynth([voice('English', 'en-US')]).synth, Utterance });
    const { container } = render(<SpeakButton text="碳达峰" label="Read aloud" voice={none} />);
    await waitFor(() => expect(container.querySelector('button')).toBeNull());
    expect(none.now).toBe(false);
    const some = createVoiceAvailability({ synth: fakeSynth([voice('Tingting', 'zh-CN')]).synth, Utterance });
    render(<SpeakButton text="碳达峰" label="Read aloud too" voice={some} />);
    await waitFor(() => expect(some.now).toBe(true));
    expect(screen.getByRole('button', { name: 'Read aloud too' })).toBeTruthy();
  });
});
