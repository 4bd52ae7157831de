import { registerEnumType } from 'type-graphql';

export enum Sector {
  NGO = 'NGO',
  BUSINESS = 'BUSINESS',
  PUBLIC = 'PUBLIC',
}

export enum OrganisationKind {
  RURAL_COMMUNITY = 'RURAL_COMMUNITY',
  ASSOCIATION = 'ASSOCIATION',
  COMPANY = 'COMPANY',
  FARM = 'FARM',
  MUNICIPALITY_INSTITUTION = 'MUNICIPALITY_INSTITUTION',
  SCHOOL = 'SCHOOL',
  CULTURAL_INSTITUTION = 'CULTURAL_INSTITUTION',
  MINISTRY = 'MINISTRY',
  LAG = 'LAG',
  NETWORK = 'NETWORK',
  INTERNATIONAL_BODY = 'INTERNATIONAL_BODY',
  OTHER = 'OTHER',
}

export enum Scope {
  LOCAL = 'LOCAL',
  NATIONAL = 'NATIONAL',
  INTERNATIONAL = 'INTERNATIONAL',
}

export enum Membership {
  MEMBER = 'MEMBER',
  APPLICANT = 'APPLICANT',
  PARTNER = 'PARTNER',
  FORMER = 'FORMER',
}

export enum OrganisationOrder {
  NAME = 'NAME',
  MEMBER_SINCE = 'MEMBER_SINCE',
  NEWEST = 'NEWEST',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(Sector, { name: 'Sector', description: 'The LEADER sector an organisation belongs to.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'What kind of body an organisation is.' });
registerEnumType(Scope, { name: 'Scope', description: 'Where an organisation or partnership acts.' });
registerEnumType(Membership, { name: 'Membership', description: "An organisation's relation to the LAG." });
registerEnumType(OrganisationOrder, {
  name: 'OrganisationOrder',
  description: 'Orderings of the directory.',
  valuesConfig: {
    NAME: { description: 'By name, in Lithuanian alphabetical order.' },
    MEMBER_SINCE: { description: 'Longest-standing members first.' },
    NEWEST: { description: 'Most recently added first.' },
    RELEVANCE: { description: 'Best match of the search text first (needs `filter.search`).' },
  },
});
