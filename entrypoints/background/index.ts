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
  // Before any handler: a message nothing here takes gets an error back, not silence.
  refuseUnknownMessages();
  // What a reader waits for goes ahead of bulk reading; a page's bulk work goes with its tab or document.
  const scheduler = createScheduler();
  runInteractiveThrough(scheduler.interactive);
  servePorts(dispatchMessage, { onClose: (sender) => scheduler.dropSender(sender) });
  // Readers' requests first: the core loads when a page reports Chinese; the dictionary fill waits.
  const quiet = createQuietPeriod(QUIET_MS);
  const core = createCoreLoader();
  const warm = () => warmAnnotator(core);
  const repo = openVocabRepo(); // one store: the context menu saves through it as `saveTerm` does
  const dictionary = createDictionaryLoader({ store: openDictionaryStore(), glossary: core.getGlossary });
  const { onTopFrame, onAnnotated } = registerWordHandlers({ repo, dictionary }); // known, history, this page
  registerTabStateHandlers({ store: createTabStateStore(), onTopFrame, onChinese: warm });
  registerAnnotateHandlers({ ...core, quiet, scheduler, onAnnotated });
  registerSiteCommand();
  registerVocabHandlers({ repo });
  registerLookupHandlers({ dictionary, quiet });
  registerContextMenu({ save: (input) => repo.save(input), dictionary });
  registerCommands();
});
