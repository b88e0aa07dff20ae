export { AccountBar } from './account.tsx';
