import { defineBackground } from 'wxt/utils/define-background';
import { openDictionaryStore } from '@/background/db/dictionary-store';
import { openVocabRepo } from '@/background/db/open';
import { registerAnnotateHandlers, warmAnnotator } from '@/background/handlers/annotate';
import { registerCommands } from '@/background/handlers/commands';
import { registerContextMenu } from '@/background/handlers/context-menu';
import { registerLookupHandlers } from '@/background/handlers/lookup';
import { registerSiteCommand } from '@/background/handlers/site-command';
import { registerTabStateHandlers } from '@/background/handlers/tab-state';
import { registerVocabHandlers } from '@/background/handlers/vocab';
import { registerWordHandlers } from '@/background/handlers/words';
import { createCoreLoader } from '@/background/loaders/core-loader';
import { createDictionaryLoader } from '@/background/loaders/dictionary-loader';
import { createQuietPeriod, QUIET_MS } from '@/background/quiet-period';
import { createScheduler } from '@/background/scheduler';
import { createTabStateStore } from '@/background/tab-state-store';
import { dispatchMessage, refuseUnknownMessages, runInteractiveThrough } from '@/protocol/message-handler';
import { servePorts } from '@/protocol/message-port';
export default defineBackground(() => {
  refuseUnknownMessages(); // first: a message nothing here takes gets an error back, not silence
  // A reader's requests (one-shot or on a port) go ahead of bulk work; a page's bulk work goes with its tab.
  const scheduler = createScheduler();
  runInteractiveThrough(scheduler.interactive);
  servePorts(dispatchMessage, { onClose: (sender) => scheduler.dropSender(sender) });
  // Readers' requests first: the core loads when a page reports Chinese; the dictionary fill waits, in steps.
  const quiet = createQuietPeriod(QUIET_MS);
  const core = createCoreLoader();
  const repo = openVocabRepo(); // one store: the context menu saves through it as `saveTerm` does
  const { getGlossary: glossary } = core;
  const dictionary = createDictionaryLoader({ store: openDictionaryStore(), glossary, pace: scheduler.turn });
  const { onTopFrame, pageWords } = registerWordHandlers({ repo, dictionary }); // known, history, this page, review, Anki
  const onChinese = () => warmAnnotator(core);
  registerTabStateHandlers({ store: createTabStateStore(), onTopFrame, onChinese });
  registerAnnotateHandlers({ ...core, quiet, scheduler, pageWords });
  registerSiteCommand();
  registerVocabHandlers({ repo });
  registerLookupHandlers({ dictionary, quiet });
  registerContextMenu({ save: (input) => repo.save(input), dictionary });
  registerCommands();
});
