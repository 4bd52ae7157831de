import { z } from 'zod';
import {
  activityKinds,
  partnershipKinds,
  partnershipScopes,
  partnershipStatuses,
  partyRoles,
} from './partnershipEnums';
import type { ActivityKind, PartnershipKind, PartnershipStatus, PartyRole, Scope } from '@/gql/graphql';
import { vilniusToday } from '@/lib/dates';

// Messages are i18n keys; the form fields translate them. The rules mirror the server's.
const choose = { errorMap: () => ({ message: 'validation.choose' }) };
const longText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const partySchema = z.object({
  organisationId: z.string(),
  /** shown beside the role; not sent */
  name: z.string(),
  role: z.enum(partyRoles as [PartyRole, ...PartyRole[]], choose),
});
export type PartyValue = z.input<typeof partySchema>;

export const contactSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  position: longText(200),
  email: z.union([z.literal(''), z.string().trim().email('validation.email')]),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 ()-]{6,20})?$/, 'validation.phone'),
  organisationId: z.string(),
});
export type ContactValue = z.input<typeof contactSchema>;

/** A date field (`YYYY-MM-DD` or empty) that may not lie before today; `kept` may, as it is already stored. */
export function notInThePast(kept?: string | null) {
  return z.string().refine((value) => !value || value === kept || value >= vilniusToday(), 'validation.notPast');
}

/** A required date that may not lie after today. */
export function notInTheFuture() {
  return z
    .string()
    .min(1, 'validation.required')
    .refine((value) => !value || value <= vilniusToday(), 'validation.notFuture');
}

const fields = {
  title: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .min(3, 'validation.titleLength')
    .max(200, 'validation.titleLength'),
  kind: z.enum(partnershipKinds as [PartnershipKind, ...PartnershipKind[]], choose),
  scope: z.enum(partnershipScopes as [Scope, ...Scope[]], choose),
  startDate: z.string(),
  endDate: z.string(),
  ownerId: z.string(),
  nextFollowUpOn: notInThePast(),
  publicDescription: longText(5000),
  internalNotes: longText(20000),
  parties: z.array(partySchema).max(50, 'validation.tooMany'),
};

type CrossFields = { startDate: string; endDate: string; parties: PartyValue[] };

/**
 * Rules across fields, as the server has them: the end not before the start; an
 * organisation listed once. (The follow-up "not in the past" rule sits on its field.)
 */
function checkAcross(values: CrossFields, context: z.RefinementCtx) {
  if (values.startDate && values.endDate && values.endDate < values.startDate) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'validation.dateOrder', path: ['endDate'] });
  }
  const ids = values.parties.map((party) => party.organisationId);
  if (new Set(ids).size !== ids.length) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'validation.partyTwice', path: ['parties'] });
  }
}

export const createPartnershipSchema = z
  .object({
    ...fields,
    status: z.enum(partnershipStatuses as [PartnershipStatus, ...PartnershipStatus[]], choose),
  })
  .superRefine(checkAcross);

export type CreatePartnershipValues = z.input<typeof createPartnershipSchema>;

/**
 * The edit form's rules; `keptFollowUp` is the follow-up date the partnership already has,
 * which may have passed by now and still be kept.
 */
export function editPartnershipSchema(keptFollowUp: string | null | undefined) {
  return z
    .object({
      ...fields,
      nextFollowUpOn: notInThePast(keptFollowUp),
      contacts: z.array(contactSchema).max(50, 'validation.tooMany'),
    })
    .superRefine(checkAcross);
}

/** A logged activity: it happened (not in the future); the next follow-up, if set, is not in the past. */
export const activitySchema = z.object({
  kind: z.enum(activityKinds as [ActivityKind, ...ActivityKind[]], choose),
  occurredOn: notInTheFuture(),
  summary: z.string().trim().min(1, 'validation.required').max(5000, 'validation.tooLong'),
  peoplePresent: longText(1000),
});

export const logActivitySchema = activitySchema.extend({ nextFollowUpOn: notInThePast() });

export type LogActivityValues = z.input<typeof logActivitySchema>;

/** A change of status; the end date (when closing, or to correct it) not before the start. */
export function statusChangeSchema(startDate: string | null | undefined) {
  return z.object({
    status: z.enum(partnershipStatuses as [PartnershipStatus, ...PartnershipStatus[]], choose),
    endDate: z.string().refine((value) => !value || !startDate || value >= startDate, 'validation.dateOrder'),
    reason: longText(1000),
  });
}

export type EditPartnershipValues = z.input<ReturnType<typeof editPartnershipSchema>>;

export const emptyPartnershipFields = {
  title: '',
  kind: '' as PartnershipKind,
  scope: '' as Scope,
  startDate: '',
  endDate: '',
  ownerId: '',
  nextFollowUpOn: '',
  publicDescription: '',
  internalNotes: '',
  parties: [] as PartyValue[],
};

const orNull = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : null);
const parties = (values: PartyValue[]) =>
  values.map((party) => ({ organisationId: party.organisationId, role: party.role }));

/** Create: empty optional fields are left out rather than sent as null. */
export function toCreateInput(values: z.output<typeof createPartnershipSchema>) {
  const input = {
    title: values.title,
    kind: values.kind,
    scope: values.scope,
    status: values.status,
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    ownerId: orNull(values.ownerId),
    nextFollowUpOn: orNull(values.nextFollowUpOn),
    publicDescription: values.publicDescription,
    internalNotes: values.internalNotes,
    parties: parties(values.parties),
  };
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== ''),
  ) as typeof input;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edit: every own field is sent (an emptied one as null, which clears it), except an
 * unchanged follow-up date, which may lie in the past by now and would be refused. The
 * parties and contacts replace their lists, so they are sent only when they changed.
 */
export function toUpdateInput(
  values: z.output<ReturnType<typeof editPartnershipSchema>>,
  initial: { nextFollowUpOn?: string | null; parties: PartyValue[]; contacts: ContactValue[] },
) {
  const followUp = orNull(values.nextFollowUpOn);
  const partyList = parties(values.parties);
  const contactList = values.contacts.map((contact) => ({
    name: contact.name,
    position: orNull(contact.position),
    email: orNull(contact.email),
    phone: orNull(contact.phone),
    organisationId: orNull(contact.organisationId),
  }));
  const initialContacts = initial.contacts.map((contact) => ({
    name: contact.name.trim(),
    position: orNull(contact.position),
    email: orNull(contact.email),
    phone: orNull(contact.phone),
    organisationId: orNull(contact.organisationId),
  }));
  return {
    title: values.title,
    kind: values.kind,
    scope: values.scope,
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    ownerId: orNull(values.ownerId),
    ...(followUp === (initial.nextFollowUpOn ?? null) ? {} : { nextFollowUpOn: followUp }),
    publicDescription: values.publicDescription,
    internalNotes: values.internalNotes,
    ...(sameList(partyList, parties(initial.parties)) ? {} : { parties: partyList }),
    ...(sameList(contactList, initialContacts) ? {} : { contacts: contactList }),
  };
}
