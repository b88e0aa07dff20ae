import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DomainError } from '../core/errors.ts';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }, io: Io) => Promise<number>;
}

/** Parses flags, answers --help, and turns a DomainError into a one-line message (or a JSON error with --json). */
export async function runCommand(cmd: Command, argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...cmd.options, help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (err) {
    io.stderr.write(`parley ${cmd.name}: ${(err as Error).message}\n\n${cmd.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${cmd.summary}\n\n${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(parsed as never, io);
  } catch (err) {
    if (err instanceof DomainError) {
      if (parsed.values.json) io.stdout.write(JSON.stringify({ error: { code: err.code, message: err.message } }) + '\n');
      else io.stderr.write(`parley ${cmd.name}: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`parley ${cmd.name}: ${(err as Error).message}\n`);
    return 1;
  }
}

export function print(io: Io, json: boolean | undefined, value: unknown, text: string): void {
  io.stdout.write(json ? JSON.stringify(value) + '\n' : text + '\n');
}

export function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.length === 0) throw new DomainError('VALIDATION_FAILED', `--${name} is required.`);
  return v;
}
