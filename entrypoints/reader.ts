import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createReaderModule } from '@/content/create-reader-module';
import { publishReaderModule } from '@/content/reader-module';

// Not a content script of its own: the detector stub (entrypoints/detector.ts) imports this file into its world
// once a frame holds Chinese text, so pages without Chinese never parse the popup, Preact or the settings.
export default defineUnlistedScript(() => {
  publishReaderModule(createReaderModule());
});
