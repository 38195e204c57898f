/**
 * Events made by page script (isTrusted false) never drive Tanci: a page must not open lookups or save
 * terms in the reader's name. (Test DOMs without isTrusted count as the user.)
 */
export function fromUser(event?: Event): boolean {
  return event?.isTrusted !== false;
}
