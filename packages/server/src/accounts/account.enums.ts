import { registerEnumType } from 'type-graphql';

export enum PlatformRole {
  USER = 'USER',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}

export enum AffiliationRole {
  REPRESENTATIVE = 'REPRESENTATIVE',
  MEMBER = 'MEMBER',
}

export enum Locale {
  lt = 'lt',
  en = 'en',
}

registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: "A person's role on the platform.",
  valuesConfig: {
    USER: { description: 'A signed-in person; acts for organisations through affiliations.' },
    STAFF: { description: 'LAG staff: runs the workflow and keeps the member register.' },
    ADMIN: { description: 'Administrator: everything staff may do, plus roles of users.' },
  },
});
registerEnumType(AffiliationRole, {
  name: 'AffiliationRole',
  description: 'How a person belongs to an organisation.',
  valuesConfig: {
    REPRESENTATIVE: { description: 'Acts on behalf of the organisation.' },
    MEMBER: { description: 'Belongs to it without acting for it.' },
  },
});
registerEnumType(Locale, { name: 'Locale', description: 'Preferred language of the interface.' });
