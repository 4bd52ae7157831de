import { Migration } from '@mikro-orm/migrations';

/**
 * The steps real projects need: an initiative whose application was returned for completion
 * (COMPLETION_REQUESTED, entered and left with the application), and the exits of funded projects
 * never contracted (NOT_CONTRACTED, from APPROVED) or ended early (TERMINATED, from IN_PROGRESS).
 */
export class Migration20261202050000_initiative_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table initiative drop constraint initiative_status_check;
alter table initiative add constraint initiative_status_check check (status in ('DRAFT', 'SUBMITTED',
  'COMPLETION_REQUESTED', 'UNDER_REVIEW', 'SHORTLISTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED',
  'WITHDRAWN', 'NOT_CONTRACTED', 'TERMINATED'));
`);
  }
}
