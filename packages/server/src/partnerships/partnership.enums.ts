import { registerEnumType } from 'type-graphql';

export enum PartnershipKind {
  NETWORK_MEMBERSHIP = 'NETWORK_MEMBERSHIP',
  COOPERATION_AGREEMENT = 'COOPERATION_AGREEMENT',
  MEMORANDUM = 'MEMORANDUM',
  JOINT_PROJECT = 'JOINT_PROJECT',
  TRANSNATIONAL_PROJECT = 'TRANSNATIONAL_PROJECT',
}

export enum PartnershipStatus {
  PROSPECT = 'PROSPECT',
  NEGOTIATING = 'NEGOTIATING',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  ENDED = 'ENDED',
}

export enum PartyRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  MEMBER = 'MEMBER',
  FUNDER = 'FUNDER',
  OBSERVER = 'OBSERVER',
}

export enum ActivityKind {
  MEETING = 'MEETING',
  CALL = 'CALL',
  LETTER = 'LETTER',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  NOTE = 'NOTE',
}

export enum PartnershipOrder {
  NEXT_FOLLOW_UP = 'NEXT_FOLLOW_UP',
  NEWEST = 'NEWEST',
  RECENTLY_ACTIVE = 'RECENTLY_ACTIVE',
}

/** Statuses the public may see: prospects and negotiations are staff's working leads. */
export const publicStatuses = [PartnershipStatus.ACTIVE, PartnershipStatus.COMPLETED, PartnershipStatus.ENDED];
/** Statuses of a partnership that is over. */
export const closedStatuses = [PartnershipStatus.COMPLETED, PartnershipStatus.ENDED];

registerEnumType(PartnershipKind, { name: 'PartnershipKind', description: 'What kind of cooperation.' });
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Where a partnership stands.',
  valuesConfig: {
    PROSPECT: { description: 'A possible partner; staff only.' },
    NEGOTIATING: { description: 'Terms are being discussed; staff only.' },
    ACTIVE: { description: 'In force.' },
    COMPLETED: { description: 'Done as agreed.' },
    ENDED: { description: 'Ended before or without completion.' },
  },
});
registerEnumType(PartyRole, { name: 'PartyRole', description: 'The part an organisation plays in a partnership.' });
registerEnumType(ActivityKind, { name: 'ActivityKind', description: 'What happened with a partner.' });
registerEnumType(PartnershipOrder, {
  name: 'PartnershipOrder',
  description: 'Orderings of partnerships.',
  valuesConfig: {
    NEXT_FOLLOW_UP: { description: 'Soonest follow-up first; those without one last.' },
    NEWEST: { description: 'Most recently entered first.' },
    RECENTLY_ACTIVE: { description: 'Most recent activity first.' },
  },
});
