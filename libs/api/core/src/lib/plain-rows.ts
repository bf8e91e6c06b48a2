import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The SELECT list that reads every column of an entity's table row aliased `alias` as a plain row in the entity's
 * shape (`alias.column AS "property"`), for list reads that need no entity instances: PostgreSQL's answer is used as
 * it arrives, without TypeORM's hydration. Values arrive as the pg driver parses them, which is what TypeORM gives
 * for these column types (timestamptz as Date, jsonb parsed, int as number, bigint as string); arrays are cast to
 * text[] (the driver leaves enum arrays as their text form otherwise) and `date` columns are read as `YYYY-MM-DD`
 * (as TypeORM gives them). Relation objects are not read; their id columns are.
 */
export function plainRowSelect<E extends ObjectLiteral>(db: DataSource, entity: EntityTarget<E>, alias: string): string {
  const metadata = db.getMetadata(entity);
  const built = selects.get(metadata) ?? new Map<string, string>();
  selects.set(metadata, built);
  let select = built.get(alias);
  if (select === undefined) {
    select = selectOf(metadata, alias);
    built.set(alias, select);
  }
  return select;
}

/** SELECT lists built so far, per entity metadata and alias (they depend on nothing else). */
const selects = new WeakMap<EntityMetadata, Map<string, string>>();

function selectOf(metadata: EntityMetadata, alias: string): string {
  return metadata.columns
    .filter((c) => !c.relationMetadata)
    .map((c) => {
      const column = `${alias}.${c.databaseName}`;
      const value = c.isArray ? `${column}::text[]` : c.type === 'date' ? `to_char(${column}, 'YYYY-MM-DD')` : column;
      return `${value} AS "${c.propertyName}"`;
    })
    .join(', ');
}
