import { DataSource, DataSourceOptions, EntitySchema } from 'typeorm';
import { migrations } from './migrations';
import { PreparedReadsClient } from './prepared-reads';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes as plain constructors
type EntityList = ReadonlyArray<Function | EntitySchema>;

/**
 * TypeORM options for a PostgreSQL URL with the given entities (the features' entities are listed by the caller,
 * see libs/api/setup): migrations only, never `synchronize`. A pool of 10 connections, each started with PostgreSQL's
 * JIT compilation off (`jit=off`): the API's statements are short, and on a server built with LLVM a statement whose
 * estimate passes `jit_above_cost` spent more time compiling than running (about 170 ms for the linked tables of one
 * indicator table at a million records, against 50 ms to run them).
 *
 * With `preparedReads` (the API's own connections), parameterised reads run as named prepared statements
 * (`PreparedReadsClient`); migrations run without them, as a migration may change a table between two reads.
 */
export function postgresOptions(url: string, entities: EntityList, { preparedReads = false }: { preparedReads?: boolean } = {}): DataSourceOptions {
  const extra = { max: 10, options: '-c jit=off', ...(preparedReads ? { Client: PreparedReadsClient } : {}) };
  return { type: 'postgres', url, entities: [...entities], migrations, synchronize: false, migrationsRun: false, logging: false, extra };
}

/** Opens a connection, applies pending migrations, and returns the data source (caller destroys it). */
export async function migrateDatabase(url: string, entities: EntityList): Promise<DataSource> {
  const db = await new DataSource(postgresOptions(url, entities)).initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}
