/** A labelled search field; Escape clears it. */
export function SearchBox({
  label,
  value,
  onInput,
  placeholder,
}: {
  label: string;
  value: string;
  onInput: (text: string) => void;
  placeholder?: string;
}) {
  return (
    <input
      type="search"
      class="search-box"
      aria-label={label}
      placeholder={placeholder ?? label}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.currentTarget.value) {
          e.preventDefault();
          onInput('');
        }
      }}
    />
  );
}
