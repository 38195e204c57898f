import { t as translate } from '@/ui/i18n';

/** Copies the popup's word to the clipboard; resolves to the popup's status line after. */
export async function copyWord(copy: (text: string) => Promise<void>, word: string): Promise<string> {
  try {
    await copy(word);
    return translate('popupCopied');
  } catch {
    return translate('popupCopyBlocked');
  }
}
