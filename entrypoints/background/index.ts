import { createTabStateStore } from '@/utils/tab-state-store';
import { registerTabStateHandlers } from './handlers/tab-state';

export default defineBackground(() => {
  registerTabStateHandlers({ store: createTabStateStore() });
});
