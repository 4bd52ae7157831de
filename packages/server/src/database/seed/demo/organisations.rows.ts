import { ids, type DemoRows, type RowContext } from './row-context.js';
import { ORGANISATIONS, type DemoOrganisation } from './organisations.js';

export function organisationRows({ clock, eldership }: RowContext): DemoRows {
  const organisations = ORGANISATIONS.map((o) => {
    const created = clock.at([o.added, '09:00']);
    const org: DemoOrganisation = o;
    return {
      id: ids.organisation(o.slug),
      slug: o.slug,
      name: o.name,
      sector: o.sector,
      kind: o.kind,
      scope: o.scope,
      country: org.country ?? 'LT',
      eldership_id: eldership(org.eldership),
      membership: o.membership,
      member_since: org.memberSince ?? null,
      member_until: org.memberUntil ?? null,
      email: org.email ?? null,
      phone: org.phone ?? null,
      address: org.address ?? null,
      website: org.website ?? null,
      description: o.description,
      description_en: org.descriptionEn ?? null,
      founded_on: org.foundedOn ?? null,
      registered_on: org.registeredOn ?? null,
      created_at: created,
      updated_at: created,
    };
  });
  return [['organisation', organisations]];
}
