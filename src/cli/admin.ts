import { createAdmin } from '../services/admins/create-admin.ts';
import { print, required, type Command } from './command.ts';
import { withDeps } from './with-deps.ts';

export const adminCreateCommand: Command = {
  name: 'admin create',
  summary: 'Create an admin and print a new API key for the admin API (shown once, stored hashed).',
  usage: 'Usage: parley admin create --email EMAIL [--json]\n\nRunning it again for the same email adds another key.',
  options: { email: { type: 'string' } },
  async run({ values }, io) {
    const admin = await withDeps(io, (deps) => createAdmin(deps, { email: required(values, 'email') }));
    print(io, values.json as boolean, admin, `Admin ${admin.email} ready. API key (shown once):\n${admin.apiKey}`);
    return 0;
  },
};
