import { Migration } from '@mikro-orm/migrations';

/**
 * Initiatives' and comments' search vectors are kept in their rows. Search walks the newest
 * rows of each table and tests every one against the words; a vector moved out of its row (as
 * PostgreSQL does with the widest values of a row over 2 kB, which most initiatives are) costs
 * that test a lookup in the TOAST table's index and a read of its page: five pages per initiative
 * instead of one. Storage `main` makes PostgreSQL move the texts out of the row first. Rows
 * already written are rewritten by recomputing their vector.
 */
export class Migration20261202080000_search_vectors_in_row extends Migration {
  override async up(): Promise<void> {
    for (const table of ['initiative', 'comment']) {
      this.addSql(`alter table ${table} alter column search_vector set storage main;`);
      this.addSql(`update ${table} set search_vector = default;`);
    }
  }
}
