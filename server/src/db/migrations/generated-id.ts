import type { ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from '../database';

/** A generated integer key, as each database spells it. */
export const generatedId = (dialect: Dialect) => (column: ColumnDefinitionBuilder) =>
  dialect === 'postgres'
    ? column.primaryKey().generatedByDefaultAsIdentity()
    : column.primaryKey().autoIncrement();
