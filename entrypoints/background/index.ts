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
import { createCoreLoader } from '@/background/loaders/core-loader';
import { createDictionaryLoader } from '@/background/loaders/dictionary-loader';
import { createQuietPeriod, QUIET_MS } from '@/background/quiet-period';
import { createScheduler } from '@/background/scheduler';
import { createTabStateStore } from '@/background/tab-state-store';
import { dispatchMessage, refuseUnknownMessages, runInteractiveThrough } from '@/protocol/message-handler';
import { servePorts } from '@/protocol/message-port';

export default defineBackground(() => {
  // Before any handler: a message nothing here takes gets an error back, not silence.
  refuseUnknownMessages();
  // A reader's requests (one-shot or on a port) go ahead of bulk work; a page's bulk work goes with its tab.
  const scheduler = createScheduler();
  runInteractiveThrough(scheduler.interactive);
  servePorts(dispatchMessage, { onClose: (sender) => scheduler.dropSender(sender) });
  // Readers' requests first: the core loads when a page reports Chinese; the dictionary fill waits, in steps.
  const quiet = createQuietPeriod(QUIET_MS);
  const core = createCoreLoader();
  registerTabStateHandlers({ store: createTabStateStore(), onChinese: () => warmAnnotator(core) });
  registerAnnotateHandlers({ ...core, quiet, scheduler });
  registerSiteCommand();
  // One store and one dictionary: the context menu saves through the same repository as `saveTerm`.
  const repo = openVocabRepo();
  const { getGlossary: glossary } = core;
  const dictionary = createDictionaryLoader({ store: openDictionaryStore(), glossary, pace: scheduler.turn });
  registerVocabHandlers({ repo });
  registerLookupHandlers({ dictionary, quiet });
  registerContextMenu({ save: (input) => repo.save(input), dictionary });
  registerCommands();
});
