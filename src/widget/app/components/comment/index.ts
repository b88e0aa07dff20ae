export { Comment } from './comment.tsx';
