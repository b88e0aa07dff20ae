import { configMarkdown } from '../config/load.ts';
import { SETTINGS } from '../config/schema.ts';
import type { Command } from './command.ts';

export const configCommand: Command = {
  name: 'config',
  summary: 'Print the configuration reference (environment variables, defaults, meaning) as Markdown.',
  usage: 'Usage: parley config [--json]\n\n--json prints each setting as {env, default, description} in one JSON array.',
  options: {},
  async run({ values }, io) {
    if (values.json) io.stdout.write(JSON.stringify(Object.values(SETTINGS).map((s) => ({ env: s.env, default: s.default, description: s.description }))) + '\n');
    else io.stdout.write(configMarkdown() + '\n');
    return 0;
  },
};
