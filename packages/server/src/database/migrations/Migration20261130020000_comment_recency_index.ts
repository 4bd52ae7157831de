import { Migration } from '@mikro-orm/migrations';

/**
 * Comments newest first, across initiatives: search ranks the newest matches of a common word
 * (initiative-search.ts) by walking this index until it has enough, rather than reading every
 * match. Initiatives have theirs already (`initiative_created_idx`).
 */
export class Migration20261130020000_comment_recency_index extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index comment_created_idx on comment (created_at desc, id desc);');
  }
}
