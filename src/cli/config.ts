import { configMarkdown } from '../config/load.ts';
import type { Command } from './command.ts';

export const configCommand: Command = {
  name: 'config',
  summary: 'Print the configuration reference (environment variables, defaults, meaning) as Markdown.',
  usage: 'Usage: parley config',
  options: {},
  async run(_args, io) {
    io.stdout.write(configMarkdown() + '\n');
    return 0;
  },
};
