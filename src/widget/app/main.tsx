/**
 * Entry of the iframe app. The frame page carries its configuration and the first thread page
 * as JSON, so the first render needs no request. Imports: preact and src/contract types only.
 */
import { render } from 'preact';
import { App, type FrameConfig } from './components/app/index.ts';
import { createI18n } from './i18n/index.ts';
import { listenForSso } from './sso.ts';
import { initStorage } from './storage.ts';

const cfg = JSON.parse(document.getElementById('parley-config')!.textContent!) as FrameConfig;
const i18n = createI18n(cfg.lang);
const root = document.documentElement;
root.lang = i18n.lang;
root.dataset.theme = cfg.theme;
document.title = i18n.t('frameTitle');
// setProperty ignores values that are not valid CSS, so a hostile data-accent cannot inject rules.
if (cfg.accent) root.style.setProperty('--p-accent', cfg.accent);
if (cfg.font) root.style.setProperty('--p-font', cfg.font);

listenForSso(cfg.hostOrigin);

void initStorage(cfg.hostOrigin).then(() => {
  performance.mark('parley:render-start');
  render(<App cfg={cfg} i18n={i18n} />, document.getElementById('parley-root')!);
  performance.mark('parley:rendered');
});
