import { loadConfig } from '../config/load.ts';
import { connect } from '../store/connect.ts';
import { migrate } from '../store/migrate.ts';
import { print, type Command } from './command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations (the server also does this on start).',
  usage: 'Usage: parley migrate [--json]\n\nUses DATABASE_URL (default sqlite:./data/parley.db).',
  options: {},
  async run({ values }, io) {
    const store = connect(loadConfig(io.env).databaseUrl);
    try {
      const applied = await migrate(store);
      print(io, values.json as boolean, { applied }, applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    } finally {
      await store.close();
    }
  },
};
