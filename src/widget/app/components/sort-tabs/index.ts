export { SortTabs } from './sort-tabs.tsx';
