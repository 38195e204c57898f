import { browser } from 'wxt/browser';
import type { VocabRepo } from '@/background/db/vocab-repo';
import { isExtensionPage } from '@/background/sender';
import { AnkiUnreachableError, createAnkiConnect } from '@/core/anki/anki-connect';
import { ANKI_CONNECT_ORIGINS, ANKI_CONNECT_VERSION } from '@/core/anki/anki-connect-url';
import { toAnkiNote } from '@/core/anki/anki-note';
import { AnkiOldVersionError, sendNotes } from '@/core/anki/send-notes';
import type { SavedTerm } from '@/core/export/types';
import { handleMessage, UntrustedSenderError } from '@/protocol/message-handler';
import type { AnkiReply } from '@/protocol/messages';
import { ankiReady, getAnkiSettings } from '@/protocol/settings/anki-settings';
import { toSaved } from '../db/derive';

function problemOf(e: unknown): AnkiReply<never> {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof AnkiUnreachableError) return { ok: false, problem: 'unreachable', detail };
  if (e instanceof AnkiOldVersionError) return { ok: false, problem: 'version', detail: String(e.version) };
  return { ok: false, problem: 'anki', detail };
}

const OFF: AnkiReply<never> = { ok: false, problem: 'off', detail: 'Send to Anki is off' };

/**
 * Send to Anki, from the extension's own origin: the only request Tanci makes, to AnkiConnect on the
 * loopback address, and only when the reader has turned it on and granted that one host permission.
 * `fetch`, the settings and the permission check are passed in for tests.
 */
export function registerAnkiHandlers({
  repo,
  fetchFn = (url, init) => fetch(url, init),
  settings = getAnkiSettings,
  permitted = () => browser.permissions.contains({ origins: ANKI_CONNECT_ORIGINS }),
}: {
  repo: VocabRepo;
  fetchFn?: Parameters<typeof createAnkiConnect>[0];
  settings?: typeof getAnkiSettings;
  permitted?: () => Promise<boolean>;
}): void {
  const anki = createAnkiConnect(fetchFn);

  handleMessage('ankiSetup', async ({ model }, sender) => {
    if (!isExtensionPage(sender)) throw new UntrustedSenderError('ankiSetup: only the settings page asks');
    if (!(await settings()).enabled || !(await permitted())) return OFF;
    try {
      const version = await anki.version();
      if (version < ANKI_CONNECT_VERSION) return problemOf(new AnkiOldVersionError(version));
      const [decks, models] = await Promise.all([anki.deckNames(), anki.modelNames()]);
      const fields = model && models.includes(model) ? await anki.modelFieldNames(model) : [];
      return { ok: true, version, decks, models, fields };
    } catch (e) {
      return problemOf(e);
    }
  });

  handleMessage('sendToAnki', async ({ term }, sender) => {
    if (!term && !isExtensionPage(sender)) {
      throw new UntrustedSenderError('sendToAnki: only Tanci’s own pages send every saved term');
    }
    // The term is saved first: whatever Anki does, the reader keeps it (and Send all saved sends it later).
    let terms: SavedTerm[];
    if (term) {
      const saved = await repo.save(term);
      const stored = await repo.get([saved.term, saved.pinyin]);
      terms = stored ? [toSaved(stored)] : [];
    } else terms = (await repo.all()).map(toSaved);
    const s = await settings();
    if (!ankiReady(s) || !(await permitted())) return OFF;
    try {
      return {
        ok: true,
        ...(await sendNotes(
          anki,
          terms.map((t) => toAnkiNote(t, s)),
        )),
      };
    } catch (e) {
      return problemOf(e);
    }
  });
}
