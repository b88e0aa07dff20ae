/**
 * Entry of the moderation UI served at /admin. Imports: preact and src/contract types only; it talks
 * to the server over HTTP like any other client.
 */
import { render } from 'preact';
import { App } from './app.tsx';
import './admin.css';

render(<App />, document.getElementById('admin-root')!);
