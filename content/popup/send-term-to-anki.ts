import { type MessageData, sendMessage } from '@/protocol/messages';
import { ankiErrorText, ankiReplyText } from '@/ui/anki-reply-text';

/** The word popup's Send to Anki: the background saves the term, then sends it; the answer as a line to show. */
export async function sendTermToAnki(term: MessageData<'saveTerm'>): Promise<string> {
  try {
    return ankiReplyText(await sendMessage('sendToAnki', { term }));
  } catch (e) {
    return ankiErrorText(e);
  }
}
