import { Migration } from '@mikro-orm/migrations';

/**
 * An initiative's threads in page order, top-level comments only: a page of threads then reads
 * its few rows off the index instead of sorting all of the initiative's threads (the older index
 * holds `parent_id` between the initiative and the date, and PostgreSQL does not order by the
 * columns after an `is null`), and the threads' count is read off it alone. With no sort left to
 * guess at, the prepared statement's generic plan costs no more than one planned for the given
 * initiative, so PostgreSQL keeps it rather than planning the page's statement on every view.
 */
export class Migration20261202070000_comment_thread_page_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create index comment_thread_page_idx on comment (initiative_id, created_at, id) where parent_id is null;',
    );
  }
}
