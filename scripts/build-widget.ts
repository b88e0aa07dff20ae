/**
 * Bundles the embed loader, the count script and the Preact iframe app into public/build/ and
 * enforces the size budgets from DESIGN.md: the build fails when a bundle grows past them, so a
 * heavy import cannot slip into the publisher's page unnoticed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'public/build');

/** Gzipped budgets in bytes; the app budget covers its script and stylesheet together. */
export const BUDGETS = { 'embed.js': 2048, 'count.js': 1024, app: 30 * 1024 } as const;

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface WidgetBuild {
  files: Record<'embed.js' | 'count.js' | 'app.js' | 'app.css', string>;
  sizes: Record<'embed.js' | 'count.js' | 'app.js' | 'app.css', { raw: number; gzip: number }>;
}

export async function buildWidget(): Promise<WidgetBuild> {
  // Only the widget's own files (top level) are replaced; public/build/admin belongs to the admin build.
  mkdirSync(OUT, { recursive: true });
  for (const entry of readdirSync(OUT, { withFileTypes: true })) if (entry.isFile()) rmSync(join(OUT, entry.name));
  const common: esbuild.BuildOptions = { bundle: true, minify: true, format: 'iife', target: ['es2019'], logLevel: 'warning', legalComments: 'none' };

  // The loader and the count script run on the publisher's page: no framework, stable names.
  await esbuild.build({ ...common, entryPoints: { embed: join(ROOT, 'src/widget/loader/embed.ts'), count: join(ROOT, 'src/widget/loader/count.ts') }, outdir: OUT });

  const app = await esbuild.build({
    ...common,
    entryPoints: { app: join(ROOT, 'src/widget/app/main.tsx') },
    outdir: OUT,
    entryNames: '[name]-[hash]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
  });
  const outputs = Object.keys(app.metafile!.outputs).map((p) => basename(p));
  const appJs = outputs.find((f) => f.endsWith('.js'));
  const appCss = outputs.find((f) => f.endsWith('.css'));
  if (!appJs || !appCss) throw new Error(`expected app .js and .css outputs, got ${outputs.join(', ')}`);

  const files = { 'embed.js': 'embed.js', 'count.js': 'count.js', 'app.js': appJs, 'app.css': appCss };
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(files, null, 2));
  const sizes = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, { raw: readFileSync(join(OUT, f)).length, gzip: gzipSize(join(OUT, f)) }])) as WidgetBuild['sizes'];
  return { files, sizes };
}

export function checkBudgets(sizes: WidgetBuild['sizes']): string[] {
  const over: string[] = [];
  if (sizes['embed.js'].gzip > BUDGETS['embed.js']) over.push(`embed.js is ${sizes['embed.js'].gzip} B gzipped; the budget is ${BUDGETS['embed.js']} B`);
  if (sizes['count.js'].gzip > BUDGETS['count.js']) over.push(`count.js is ${sizes['count.js'].gzip} B gzipped; the budget is ${BUDGETS['count.js']} B`);
  const appTotal = sizes['app.js'].gzip + sizes['app.css'].gzip;
  if (appTotal > BUDGETS.app) over.push(`the iframe app (js + css) is ${appTotal} B gzipped; the budget is ${BUDGETS.app} B`);
  return over;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  try {
    const { sizes } = await buildWidget();
    for (const [name, s] of Object.entries(sizes)) console.log(`${name.padEnd(9)} ${String(s.raw).padStart(7)} B  ${String(s.gzip).padStart(6)} B gzipped`);
    const over = checkBudgets(sizes);
    if (over.length > 0) {
      for (const o of over) console.error(`Widget size budget exceeded: ${o}.`);
      process.exit(1);
    }
    console.log(`Within budgets: embed.js ≤ ${BUDGETS['embed.js']} B, count.js ≤ ${BUDGETS['count.js']} B, app ≤ ${BUDGETS.app} B gzipped.`);
  } catch (err) {
    console.error(`Widget build failed: ${(err as Error).message}`);
    process.exit(1);
  }
}
