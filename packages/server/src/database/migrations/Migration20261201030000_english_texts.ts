import { Migration } from '@mikro-orm/migrations';

/**
 * The LAG's own texts in English beside the Lithuanian, where the LAG provides them: the
 * strategy, its goals and measures, the history, and organisations' descriptions. Lithuanian
 * stays the text of record; an English page falls back to it where no translation is given.
 */
export class Migration20261201030000_english_texts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table strategy add column title_en text, add column vision_en text, add column mission_en text;',
    );
    this.addSql('alter table strategy_priority add column title_en text, add column description_en text;');
    this.addSql('alter table measure add column title_en text;');
    this.addSql('alter table milestone add column title_en text, add column description_en text;');
    this.addSql('alter table organisation add column description_en text;');
  }
}
