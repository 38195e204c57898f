import { createScheduler } from '@/background/scheduler';
import { createCoreLoader } from '@/utils/core-loader';
import { openVocabRepo } from '@/utils/db/open';
import { createDictionaryLoader } from '@/utils/dictionary-loader';
import { openDictionaryStore } from '@/utils/dictionary-store';
import { dispatchMessage, refuseUnknownMessages, runInteractiveThrough } from '@/utils/message-handler';
import { servePorts } from '@/utils/message-port';
import { createQuietPeriod, QUIET_MS } from '@/utils/quiet-period';
import { createTabStateStore } from '@/utils/tab-state-store';
import { registerAnnotateHandlers, warmAnnotator } from './handlers/annotate';
import { registerCommands } from './handlers/commands';
import { registerContextMenu } from './handlers/context-menu';
import { registerLookupHandlers } from './handlers/lookup';
import { registerSiteCommand } from './handlers/site-command';
import { registerTabStateHandlers } from './handlers/tab-state';
import { registerVocabHandlers } from './handlers/vocab';

export default defineBackground(() => {
  // Before any handler: a message nothing here takes gets an error back, not silence.
  refuseUnknownMessages();
  // What a reader waits for goes ahead of bulk reading; a page's bulk work goes with its tab or document.
  const scheduler = createScheduler();
  runInteractiveThrough(scheduler.interactive);
  // Lookups from pages arrive on long-lived ports too, through the same checked handlers.
  servePorts(dispatchMessage, { onClose: (sender) => scheduler.dropSender(sender) });
  // Readers' requests first: the core loads when a page reports Chinese; the dictionary fill waits.
  const quiet = createQuietPeriod(QUIET_MS);
  const core = createCoreLoader();
  registerTabStateHandlers({ store: createTabStateStore(), onChinese: () => warmAnnotator(core) });
  registerAnnotateHandlers({ ...core, quiet, scheduler });
  registerSiteCommand();
  // One store and one dictionary: the context menu saves through the same repository as `saveTerm`.
  const repo = openVocabRepo();
  const dictionary = createDictionaryLoader({ store: openDictionaryStore() });
  registerVocabHandlers({ repo });
  registerLookupHandlers({ dictionary, quiet });
  registerContextMenu({ save: (input) => repo.save(input), dictionary });
  registerCommands();
});
