/** What a reader sees before saving anything: how to save a term, in two sentences. */
export function EmptyState({ filtered }: { filtered: boolean }) {
  if (filtered) {
    return (
      <p class="empty-state" role="note">
        No saved term matches. Clear the search or filters to see every term.
      </p>
    );
  }
  return (
    <div class="empty-state" role="note">
      <p>
        <strong>No saved terms yet.</strong>
      </p>
      <p>
        To save a term, hover a Chinese word on any page and press <strong>Save</strong> in its popup: Tanci
        keeps it with its sentence, the page and the date. You can also save policy terms from the Glossary
        tab.
      </p>
    </div>
  );
}
