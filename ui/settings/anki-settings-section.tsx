import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ANKI_CONNECT_ORIGINS } from '@/core/anki/anki-connect-url';
import { ANKI_SOURCES, type AnkiSource } from '@/core/anki/anki-fields';
import { type ProtocolMap, sendMessage } from '@/protocol/messages';
import {
  type AnkiSettings,
  ankiSettingsItem,
  DEFAULT_ANKI_SETTINGS,
  normalizeAnkiSettings,
} from '@/protocol/settings/anki-settings';
import { ankiErrorText, ankiReplyText } from '@/ui/anki-reply-text';
import { type MessageKey, t } from '@/ui/i18n';
import { guessAnkiFields } from './anki-field-guess';
import { ToggleField } from './toggle-field';

type Setup = Extract<ReturnType<ProtocolMap['ankiSetup']>, { ok: true }>;

const SOURCE_LABELS: Record<AnkiSource, MessageKey> = {
  term: 'ankiSourceTerm',
  pinyin: 'ankiSourcePinyin',
  english: 'ankiSourceEnglish',
  sentence: 'ankiSourceSentence',
  source: 'ankiSourceSource',
  note: 'ankiSourceNote',
};

function Select(props: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <label class="select">
      {props.label}{' '}
      <select
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Send to Anki's settings: off by default; turning it on asks for the one host permission (127.0.0.1:8765)
 * where the browser has not granted it, then lists AnkiConnect's decks, note types and the chosen type's fields.
 */
export function AnkiSettingsSection({ item = ankiSettingsItem }: { item?: typeof ankiSettingsItem }) {
  const [s, setS] = useState<AnkiSettings>(DEFAULT_ANKI_SETTINGS);
  const [setup, setSetup] = useState<Setup | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void item.getValue().then((v) => setS(normalizeAnkiSettings(v)));
    return item.watch((v) => setS(normalizeAnkiSettings(v)));
  }, [item]);

  async function save(next: AnkiSettings) {
    setS(next);
    await item.setValue(next);
  }

  async function ask(model: string, current: AnkiSettings) {
    try {
      const reply = await sendMessage('ankiSetup', model ? { model } : {});
      if (!reply.ok) {
        setSetup(null);
        setStatus(ankiReplyText(reply));
        return;
      }
      setSetup(reply);
      // A new note type starts from a guess at its fields; a deck or type Anki no longer has is replaced.
      const deck = reply.decks.includes(current.deck) ? current.deck : (reply.decks[0] ?? '');
      const chosen = reply.models.includes(current.model) ? current.model : (reply.models[0] ?? '');
      if (chosen !== model) return ask(chosen, { ...current, deck });
      // "Connected" is said once the chosen type's fields are listed too: said earlier, it would announce a
      // setup whose field choices are still on their way.
      setStatus(t('ankiConnected', reply.version));
      const fields =
        current.model === chosen && Object.keys(current.fields).length
          ? current.fields
          : guessAnkiFields(reply.fields);
      await save({ ...current, deck, model: chosen, fields });
    } catch (e) {
      setStatus(ankiErrorText(e));
    }
  }

  async function turn(on: boolean) {
    if (!on) return save({ ...s, enabled: false });
    const request = { origins: ANKI_CONNECT_ORIGINS };
    const granted =
      (await browser.permissions.contains(request)) || (await browser.permissions.request(request));
    if (!granted) {
      setStatus(t('ankiPermissionDenied'));
      return;
    }
    const next = { ...s, enabled: true };
    await save(next);
    await ask(next.model, next);
  }

  const sources = [
    { value: '', label: t('ankiSourceNone') },
    ...ANKI_SOURCES.map((v) => ({ value: v, label: t(SOURCE_LABELS[v]) })),
  ];
  return (
    <>
      <p class="muted">{t('ankiIntro')}</p>
      <ToggleField
        name="ankiEnabled"
        label={t('ankiEnable')}
        checked={s.enabled}
        onChange={(on) => void turn(on)}
      />
      {s.enabled ? (
        <p>
          <button type="button" onClick={() => void ask(s.model, s)}>
            {t('ankiReload')}
          </button>
        </p>
      ) : null}
      {s.enabled && setup ? (
        <div class="anki-target">
          <Select
            label={t('ankiDeck')}
            value={s.deck}
            options={setup.decks.map((d) => ({ value: d, label: d }))}
            onChange={(deck) => void save({ ...s, deck })}
          />
          <Select
            label={t('ankiModel')}
            value={s.model}
            options={setup.models.map((m) => ({ value: m, label: m }))}
            onChange={(model) => void ask(model, { ...s, model, fields: {} })}
          />
          {setup.fields.map((field) => (
            <Select
              key={field}
              label={t('ankiFieldLabel', field)}
              value={s.fields[field] ?? ''}
              options={sources}
              onChange={(v) => {
                const fields = { ...s.fields };
                if (v) fields[field] = v as AnkiSource;
                else delete fields[field];
                void save({ ...s, fields });
              }}
            />
          ))}
        </div>
      ) : null}
      <p role="status" data-testid="anki-status">
        {status}
      </p>
    </>
  );
}
