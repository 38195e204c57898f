import { categoryName } from '@/ui/category-name';
import { t as msg } from '@/ui/i18n';
import { SORT_LABELS, type SortOrder } from './review-query';
import type { ReviewState } from './review-state';

function Select({
  label,
  value,
  options,
  all,
  onChange,
  name = (o) => o,
}: {
  label: string;
  value: string;
  options: readonly string[];
  all: string;
  onChange: (v: string) => void;
  /** What an option shows (its value stays as stored). */
  name?: (option: string) => string;
}) {
  return (
    <label class="filter">
      <span class="filter-label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {name(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Sort order and the category / tag / site filters; a filter appears once there is something to filter. */
export function Filters({ state }: { state: ReviewState }) {
  const categories = state.categories.value;
  const tags = state.tags.value;
  const sites = state.sites.value;
  return (
    <div class="filters">
      <label class="filter">
        <span class="filter-label">{msg('filterSort')}</span>
        <select value={state.sort.value} onChange={(e) => state.setSort(e.currentTarget.value as SortOrder)}>
          {(Object.keys(SORT_LABELS) as SortOrder[]).map((o) => (
            <option key={o} value={o}>
              {msg(SORT_LABELS[o])}
            </option>
          ))}
        </select>
      </label>
      {categories.length > 0 && (
        <Select
          label={msg('filterCategory')}
          all={msg('filterAllCategories')}
          value={state.category.value}
          options={categories}
          name={categoryName}
          onChange={(v) => state.setFilter('category', v)}
        />
      )}
      {tags.length > 0 && (
        <Select
          label={msg('filterTag')}
          all={msg('filterAllTags')}
          value={state.tag.value}
          options={tags}
          onChange={(v) => state.setFilter('tag', v)}
        />
      )}
      {sites.length > 0 && (
        <Select
          label={msg('filterSite')}
          all={msg('filterAllSites')}
          value={state.site.value}
          options={sites}
          onChange={(v) => state.setFilter('site', v)}
        />
      )}
    </div>
  );
}
