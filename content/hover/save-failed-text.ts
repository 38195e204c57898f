import { t as translate } from '@/ui/i18n';

/**
 * The popup's line for a save that failed. A full storage gets a short line in the interface language: the
 * background's English advice would fill the small popup. The error arrives rebuilt from the background's
 * reply, a plain Error under the same name, so it is told by its name.
 */
export function saveFailedText(error: unknown): string {
  if (!(error instanceof Error)) return translate('popupSaveFailed', String(error));
  if (error.name === 'StorageFullError') return translate('popupSaveFailedStorageFull');
  // The service worker stopped and did not come back in time (content/popup/save-retry.ts).
  if (error.name === 'SaveNotConfirmedError') return translate('popupSaveNotConfirmed');
  return translate('popupSaveFailed', error.message);
}
