import { createReaderModule } from '@/components/word-popup/reader-main';
import { publishReaderModule } from '@/utils/dom/reader-module';

// Not a content script of its own: the detector stub (entrypoints/reader.ts) imports this file into its world
// once a frame holds Chinese text, so pages without Chinese never parse the popup, Preact or the settings.
export default defineUnlistedScript(() => {
  publishReaderModule(createReaderModule());
});
