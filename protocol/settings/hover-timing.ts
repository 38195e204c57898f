/** Milliseconds the pointer rests on a word before its popup opens (long enough to cross text without flashing). */
export const HOVER_DELAY_MS = 120;
/** Milliseconds the popup stays after the pointer leaves the word: time to move onto the popup. */
export const HOVER_GRACE_MS = 300;
