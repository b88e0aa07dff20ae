/**
 * Bundles the moderation UI (src/admin) into public/build/admin/ with content-hashed names and a
 * manifest that src/server/routes/admin-ui.ts reads. Plain Preact and hand-drawn SVG charts keep it
 * small; the build fails past the budget so a chart or UI library cannot creep in unnoticed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ADMIN_OUT = join(ROOT, 'public/build/admin');

/** Gzipped budget for script + stylesheet together, in bytes. */
export const ADMIN_BUDGET = 40 * 1024;

export interface AdminManifest {
  'admin.js': string;
  'admin.css': string;
}

export async function buildAdmin(): Promise<{ files: AdminManifest; sizes: Record<keyof AdminManifest, { raw: number; gzip: number }> }> {
  // Only our own directory: public/build/ also holds the widget's bundles.
  rmSync(ADMIN_OUT, { recursive: true, force: true });
  mkdirSync(ADMIN_OUT, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { admin: join(ROOT, 'src/admin/main.tsx') },
    outdir: ADMIN_OUT,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => basename(p));
  const js = outputs.find((f) => f.endsWith('.js'));
  const css = outputs.find((f) => f.endsWith('.css'));
  if (!js || !css) throw new Error(`expected admin .js and .css outputs, got ${outputs.join(', ')}`);
  // TypeBox in the bundle means a value import from src/contract slipped in where `import type` belongs.
  const typebox = Object.keys(result.metafile.inputs).filter((p) => p.includes('@sinclair/typebox'));
  if (typebox.length > 0) throw new Error(`the admin bundle pulls in TypeBox (${typebox[0]}); import contract types with \`import type\``);
  const files: AdminManifest = { 'admin.js': js, 'admin.css': css };
  writeFileSync(join(ADMIN_OUT, 'manifest.json'), JSON.stringify(files, null, 2));
  const size = (f: string) => {
    const data = readFileSync(join(ADMIN_OUT, f));
    return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  return { files, sizes: { 'admin.js': size(js), 'admin.css': size(css) } };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  try {
    const { sizes } = await buildAdmin();
    for (const [name, s] of Object.entries(sizes)) console.log(`${name.padEnd(10)} ${String(s.raw).padStart(7)} B  ${String(s.gzip).padStart(6)} B gzipped`);
    const total = sizes['admin.js'].gzip + sizes['admin.css'].gzip;
    console.log(`admin UI total ${total} B gzipped (budget ${ADMIN_BUDGET} B)`);
    if (total > ADMIN_BUDGET) {
      console.error(`Admin UI size budget exceeded: ${total} B gzipped; the budget is ${ADMIN_BUDGET} B.`);
      process.exit(1);
    }
  } catch (err) {
    console.error(`Admin UI build failed: ${(err as Error).message}`);
    process.exit(1);
  }
}
