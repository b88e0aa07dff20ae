import type { Sort } from '../../api.ts';
import { useWidget } from '../../context.ts';
import './sort-tabs.css';

const SORTS: Array<{ sort: Sort; key: 'sortNewest' | 'sortOldest' | 'sortVotes' }> = [
  { sort: 'newest', key: 'sortNewest' },
  { sort: 'oldest', key: 'sortOldest' },
  { sort: 'votes', key: 'sortVotes' },
];

/** The sort switch. Buttons with aria-pressed rather than ARIA tabs: choosing reorders one list, it does not swap panels. */
export function SortTabs(props: { sort: Sort; onChange: (s: Sort) => void; disabled: boolean }) {
  const { i18n } = useWidget();
  return (
    <div class="sort-tabs" role="group" aria-label={i18n.t('sortLabel')}>
      {SORTS.map(({ sort, key }) => (
        <button type="button" key={sort} class="sort-tab" aria-pressed={props.sort === sort} disabled={props.disabled && props.sort !== sort}
          onClick={() => props.sort !== sort && props.onChange(sort)}>
          {i18n.t(key)}
        </button>
      ))}
    </div>
  );
}
