export { CommentForm, type CommentFormProps } from './comment-form.tsx';
