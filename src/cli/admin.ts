import { createAdmin } from '../services/accounts/create-admin.ts';
import { print, required, type Command } from './command.ts';
import { withDeps } from './with-deps.ts';

export const adminCreateCommand: Command = {
  name: 'admin create',
  summary: 'Create the first admin (or promote a user) and print a new admin API key (shown once, stored hashed).',
  usage: [
    'Usage: parley admin create --email EMAIL [--name NAME] [--json]',
    '',
    'Set PARLEY_ADMIN_PASSWORD (at least 10 characters) to let the admin sign in to /admin with',
    'email and password; it is read from the environment so it never lands in shell history.',
    'Running it again for the same email adds another API key.',
  ].join('\n'),
  options: { email: { type: 'string' }, name: { type: 'string' } },
  async run({ values }, io) {
    const password = io.env.PARLEY_ADMIN_PASSWORD || undefined;
    const admin = await withDeps(io, (deps) => createAdmin(deps, { email: required(values, 'email'), password, name: values.name as string | undefined }));
    print(io, values.json as boolean, admin, `Admin ${admin.email} ready${password ? ' (can sign in at /admin)' : ''}. API key (shown once):\n${admin.apiKey}`);
    return 0;
  },
};
