import type { ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * The three column shapes whose spelling differs between SQLite and PostgreSQL: auto-increment
 * ids, epoch-millisecond times (BIGINT in PostgreSQL) and the primary-key clause for ids.
 */
export function columnTypes(dialect: Dialect) {
  const postgres = dialect === 'postgres';
  return {
    id: postgres ? 'serial' : 'integer',
    big: postgres ? 'bigint' : 'integer',
    pk: (c: ColumnDefinitionBuilder) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()),
  } as const;
}
