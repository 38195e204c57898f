/**
 * Reading Chinese aloud with the browser's own speech synthesis (the same voices `chrome.tts` offers,
 * and available in Firefox too). Voices on the device come first: network voices send the text away.
 * Where no Chinese voice exists the caller is told so, to show it, instead of speaking nothing.
 */

export type SpeakResult =
  | { ok: true; voice: string }
  | { ok: false; reason: 'unsupported' | 'no-voice' | 'error' };

export interface SpeechEnv {
  synth?: SpeechSynthesis;
  Utterance?: typeof SpeechSynthesisUtterance;
}

function defaultEnv(): SpeechEnv {
  const g = globalThis as {
    speechSynthesis?: SpeechSynthesis;
    SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
  };
  return { synth: g.speechSynthesis, Utterance: g.SpeechSynthesisUtterance };
}

/** Chinese voices, best first: Mainland Mandarin, then other Mandarin/Chinese; on-device before network. */
export function chineseVoices(all: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice[] {
  const rank = (v: SpeechSynthesisVoice) => {
    const lang = v.lang.replace('_', '-').toLowerCase();
    const region =
      lang === 'zh-cn' || lang === 'cmn-cn' || lang === 'cmn-hans-cn' ? 0 : lang.startsWith('zh-hk') ? 2 : 1;
    return region * 2 + (v.localService ? 0 : 1);
  };
  return all.filter((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang)).sort((a, b) => rank(a) - rank(b));
}

/** The voices, waiting briefly for the list: browsers fill it in asynchronously after page load. */
export function loadVoices(synth: SpeechSynthesis, waitMs = 1_500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The voice Tanci would use, or why there is none. */
export async function findChineseVoice(
  env: SpeechEnv = defaultEnv(),
): Promise<{ voice: SpeechSynthesisVoice } | { voice: null; reason: 'unsupported' | 'no-voice' }> {
  if (!env.synth || !env.Utterance) return { voice: null, reason: 'unsupported' };
  const voice = chineseVoices(await loadVoices(env.synth))[0];
  return voice ? { voice } : { voice: null, reason: 'no-voice' };
}

/** Speaks `text` in Chinese, cancelling what was being read; resolves once speaking starts or fails. */
export async function speakChinese(text: string, env: SpeechEnv = defaultEnv()): Promise<SpeakResult> {
  const found = await findChineseVoice(env);
  if (!found.voice || !env.synth || !env.Utterance)
    return { ok: false, reason: found.voice ? 'error' : found.reason };
  const utterance = new env.Utterance(text);
  utterance.voice = found.voice;
  utterance.lang = found.voice.lang;
  utterance.rate = 0.9;
  const synth = env.synth;
  synth.cancel();
  return new Promise((resolve) => {
    utterance.addEventListener('start', () => resolve({ ok: true, voice: found.voice.name }));
    utterance.addEventListener('end', () => resolve({ ok: true, voice: found.voice.name }));
    utterance.addEventListener('error', () => resolve({ ok: false, reason: 'error' }));
    synth.speak(utterance);
  });
}

/** Whether the device has a Chinese voice: looked up once, then known (`now` is undefined until then). */
export interface VoiceAvailability {
  readonly now: boolean | undefined;
  check(): Promise<boolean>;
}

/** `env` is read when first checked (by default the page's speech synthesis then). */
export function createVoiceAvailability(env?: SpeechEnv): VoiceAvailability {
  let known: boolean | undefined;
  let pending: Promise<boolean> | undefined;
  return {
    get now() {
      return known;
    },
    check() {
      pending ??= findChineseVoice(env ?? defaultEnv()).then((r) => {
        known = r.voice !== null;
        return known;
      });
      return pending;
    },
  };
}

/** The page's one lookup, shared by every speaker button (the word's, the sentence's, every popup). */
export const chineseVoice: VoiceAvailability = createVoiceAvailability();
