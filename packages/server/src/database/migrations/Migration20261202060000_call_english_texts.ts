import { Migration } from '@mikro-orm/migrations';

/**
 * A call's own texts in English beside the Lithuanian, where staff give them: its title and text
 * (Markdown, with its rendering), its criteria's and annexes' titles and descriptions, its
 * questions with their guidance and choices. Lithuanian stays the text of record; an English page
 * falls back to it where no translation is given. A question's English choices are none or one
 * for each choice, in the same order: an answer names its choice by the Lithuanian.
 */
export class Migration20261202060000_call_english_texts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table call_for_proposals add column title_en text, add column body_en text, add column body_html_en text;
alter table call_criterion add column title_en text, add column description_en text;
alter table call_annex add column title_en text, add column description_en text;
alter table call_question
  add column text_en text,
  add column description_en text,
  add column options_en text[] not null default '{}',
  add constraint call_question_options_en_check check (cardinality(options_en) in (0, cardinality(options)));
`);
  }
}
