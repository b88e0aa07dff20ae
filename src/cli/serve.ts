import { loadConfig } from '../config/load.ts';
import { buildApp } from '../server/app.ts';
import { loggerOptions } from '../server/logger.ts';
import { seedDemo } from '../services/demo/seed-demo.ts';
import { openDeps } from '../services/open-deps.ts';
import { dropExpiredIpHashes } from '../services/accounts/ip-retention.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the Parley server (migrates the database first).',
  usage: 'Usage: parley serve [--demo]\n\n--demo  create the `demo` site with sample stories on first run (npm start does this).\nConfiguration comes from the environment; see `parley config`.',
  options: { demo: { type: 'boolean' } },
  async run({ values }, io) {
    const config = loadConfig(io.env);
    const deps = await openDeps(config);
    const app = await buildApp(deps, { logger: loggerOptions(config.logLevel) });
    const publicUrl = config.publicUrl || `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;
    if (values.demo) await seedDemo(deps, publicUrl);
    await app.listen({ port: config.port, host: config.host });
    // Retention runs at start and hourly; unref'd so it never holds the process open.
    const retain = () => dropExpiredIpHashes(deps).catch((err) => app.log.error({ err }, 'IP hash retention failed'));
    await retain();
    setInterval(retain, 3_600_000).unref();
    io.stdout.write(`Parley is serving on ${publicUrl} (storage: ${deps.store.dialect})\n`);

    // Finish in-flight requests, then close the store, on Ctrl-C or a service manager's stop.
    await new Promise<void>((resolve) => {
      const stop = async () => {
        await app.close();
        await deps.store.close();
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
