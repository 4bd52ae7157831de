import { seedId } from '../ids.js';
import { AFFILIATIONS, PEOPLE } from './accounts.js';
import { ORGANISATIONS } from './organisations.js';
import { ids, type DemoRows, type RowContext } from './row-context.js';

/** People, each signing in with `passwordHash`, and the organisations they belong to. */
export function accountRows({ clock }: RowContext, passwordHash: string): DemoRows {
  const users = PEOPLE.map((p) => {
    const created = clock.at([p.joined, '08:00']);
    return {
      id: ids.user(p.key),
      email: p.email,
      display_name: p.displayName,
      password_hash: passwordHash,
      role: p.role,
      locale: 'locale' in p ? p.locale : 'lt',
      created_at: created,
      updated_at: created,
      email_verified_at: created,
    };
  });
  const affiliations = AFFILIATIONS.map((a) => {
    // Linked once both the person and the organisation were in Telka.
    const joined = PEOPLE.find((p) => p.key === a.person)?.joined ?? 1;
    const added = ORGANISATIONS.find((o) => o.slug === a.organisation)?.added ?? 1;
    return {
      id: seedId('affiliation', `${a.person}/${a.organisation}`),
      user_id: ids.user(a.person),
      organisation_id: ids.organisation(a.organisation),
      role: a.role,
      title: a.title ?? null,
      created_at: clock.at([Math.min(joined, added), '09:30']),
    };
  });
  return [
    ['app_user', users],
    ['affiliation', affiliations],
  ];
}
