import { addSite, updateSiteSettings } from '../services/sites/add-site.ts';
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

export const siteUpdateCommand: Command = {
  name: 'site update',
  summary: 'Change a site\'s title or the origins allowed to embed it.',
  usage: 'Usage: parley site update --name NAME [--title TITLE] [--origin https://news.example]... [--json]\n\n--origin replaces the whole list; repeat it for several origins.',
  options: { name: { type: 'string' }, title: { type: 'string' }, origin: { type: 'string', multiple: true } },
  async run({ values }, io) {
    const site = await withDeps(io, (deps) => updateSiteSettings(deps, 'system', required(values, 'name'), { title: values.title as string | undefined, origins: values.origin as string[] | undefined }));
    print(io, values.json as boolean, site, `Site ${site.name}: ${site.origins.join(', ') || 'no origins'}.`);
    return 0;
  },
};
