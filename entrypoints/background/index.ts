import { createCoreLoader } from '@/utils/core-loader';
import { openVocabRepo } from '@/utils/db/open';
import { createDictionaryLoader } from '@/utils/dictionary-loader';
import { openDictionaryStore } from '@/utils/dictionary-store';
import { refuseUnknownMessages } from '@/utils/message-handler';
import { createTabStateStore } from '@/utils/tab-state-store';
import { registerAnnotateHandlers } from './handlers/annotate';
import { registerCommands } from './handlers/commands';
import { registerContextMenu } from './handlers/context-menu';
import { registerLookupHandlers } from './handlers/lookup';
import { registerSiteCommand } from './handlers/site-command';
import { registerTabStateHandlers } from './handlers/tab-state';
import { registerVocabHandlers } from './handlers/vocab';

export default defineBackground(() => {
  // Before any handler: a message nothing here takes gets an error back, not silence.
  refuseUnknownMessages();
  registerTabStateHandlers({ store: createTabStateStore() });
  registerAnnotateHandlers(createCoreLoader());
  registerSiteCommand();
  // One store and one dictionary: the context menu saves through the same repository as `saveTerm`.
  const repo = openVocabRepo();
  const dictionary = createDictionaryLoader({ store: openDictionaryStore() });
  registerVocabHandlers({ repo });
  registerLookupHandlers({ dictionary });
  registerContextMenu({ save: (input) => repo.save(input), dictionary });
  registerCommands();
});
