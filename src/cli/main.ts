import { adminCreateCommand } from './admin.ts';
import { runCommand, type Command, type Io } from './command.ts';
import { configCommand } from './config.ts';
import { migrateCommand } from './migrate.ts';
import { scoreCommand } from './score-command.ts';
import { serveCommand } from './serve.ts';
import { siteAddCommand, siteUpdateCommand } from './site.ts';
import { storyAddCommand, storyCloseCommand } from './story.ts';

const COMMANDS: Command[] = [serveCommand, migrateCommand, siteAddCommand, siteUpdateCommand, storyAddCommand, storyCloseCommand, adminCreateCommand, configCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return ['Usage: parley <command> [options]', '', 'Commands:', ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'score'.padEnd(width)}  Score comments from stdin with the moderation model and word lists.`, '', 'Run `parley <command> --help` for its options; --json prints results as JSON.'].join('\n');
}

/** Dispatches `parley <command> [subcommand]`; two-word commands such as `story add` are matched first. */
export async function main(argv: string[], io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  // `score` parses its own flags (it streams stdin and has its own --json output).
  if (argv[0] === 'score') return scoreCommand(argv.slice(1), io);
  const two = COMMANDS.find((c) => c.name === `${argv[0]} ${argv[1]}`);
  const one = COMMANDS.find((c) => c.name === argv[0]);
  const cmd = two ?? one;
  if (!cmd) {
    const help = argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help';
    (help ? io.stdout : io.stderr).write(`${help ? '' : `parley: unknown command "${argv.join(' ')}"\n\n`}${usage()}\n`);
    return help ? 0 : 2;
  }
  return runCommand(cmd, argv.slice(cmd.name.split(' ').length), io);
}
