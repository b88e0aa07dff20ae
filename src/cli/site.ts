import { addSite } from '../services/sites/add-site.ts';
import { print, required, type Command } from './command.ts';
import { withDeps } from './with-deps.ts';

export const siteAddCommand: Command = {
  name: 'site add',
  summary: 'Register a publisher site.',
  usage: 'Usage: parley site add --name NAME [--title TITLE] [--origin https://news.example]... [--json]\n\n--origin may repeat: the origins allowed to embed Parley.',
  options: { name: { type: 'string' }, title: { type: 'string' }, origin: { type: 'string', multiple: true } },
  async run({ values }, io) {
    const site = await withDeps(io, (deps) => addSite(deps, 'system', { name: required(values, 'name'), title: values.title as string | undefined, origins: (values.origin as string[] | undefined) ?? [] }));
    print(io, values.json as boolean, site, `Site ${site.name} added (id ${site.id}).`);
    return 0;
  },
};
