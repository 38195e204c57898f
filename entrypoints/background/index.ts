import { openVocabRepo } from '@/utils/db/open';
import { createDictionaryLoader } from '@/utils/dictionary-loader';
import { createTabStateStore } from '@/utils/tab-state-store';
import { registerLookupHandlers } from './handlers/lookup';
import { registerTabStateHandlers } from './handlers/tab-state';
import { registerVocabHandlers } from './handlers/vocab';

export default defineBackground(() => {
  registerTabStateHandlers({ store: createTabStateStore() });
  registerVocabHandlers({ repo: openVocabRepo() });
  registerLookupHandlers({ dictionary: createDictionaryLoader() });
});
