import type { AppPlugin } from '../app.ts';

/** Browser-facing routes: the embed loader and widget assets, the demo news site and server-rendered threads. */
export const webRoutes: AppPlugin = async () => {};
