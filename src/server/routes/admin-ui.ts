import type { AppPlugin } from '../app.ts';

/** Serves the moderation UI (a Preact single-page app) at /admin. */
export const adminUiRoutes: AppPlugin = async () => {};
