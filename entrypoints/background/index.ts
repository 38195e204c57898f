import { createCoreLoader } from '@/utils/core-loader';
import { openVocabRepo } from '@/utils/db/open';
import { createDictionaryLoader } from '@/utils/dictionary-loader';
import { openDictionaryStore } from '@/utils/dictionary-store';
import { createTabStateStore } from '@/utils/tab-state-store';
import { registerAnnotateHandlers } from './handlers/annotate';
import { registerLookupHandlers } from './handlers/lookup';
import { registerSiteCommand } from './handlers/site-command';
import { registerTabStateHandlers } from './handlers/tab-state';
import { registerVocabHandlers } from './handlers/vocab';

export default defineBackground(() => {
  registerTabStateHandlers({ store: createTabStateStore() });
  registerAnnotateHandlers(createCoreLoader());
  registerSiteCommand();
  registerVocabHandlers({ repo: openVocabRepo() });
  registerLookupHandlers({ dictionary: createDictionaryLoader({ store: openDictionaryStore() }) });
});
