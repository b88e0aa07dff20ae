import { html, jsonForScript, type SafeHtml } from './html.ts';

export interface FrameAssets {
  js: string;
  css: string;
}

/**
 * The iframe document. It carries the first thread page inline so the widget renders without a
 * second round trip; `<base target="_blank">` keeps comment links from navigating the frame itself.
 */
export function renderFrame(opts: { lang: string; title: string; assets: FrameAssets; config: unknown }): SafeHtml {
  return html`<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${opts.title}</title>
<base target="_blank">
<link rel="stylesheet" href="${opts.assets.css}">
<script type="application/json" id="parley-config">${jsonForScript(opts.config)}</script>
<script defer src="${opts.assets.js}"></script>
</head>
<body><div id="parley-root"></div></body>
</html>`;
}
