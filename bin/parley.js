#!/usr/bin/env node
// Parley runs its TypeScript sources directly through tsx, so there is no build step between
// `npm ci` and `npm start`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
