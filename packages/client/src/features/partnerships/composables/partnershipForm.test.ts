import { CombinedError } from '@urql/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editPartnershipSchema, toUpdateInput, type EditPartnershipValues } from './partnershipForm';
import { fieldErrorsByPath as formFieldErrors } from '@/lib/errors';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 10, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

const values: EditPartnershipValues = {
  title: 'Amatų keliai be sienų',
  kind: 'TRANSNATIONAL_PROJECT',
  scope: 'INTERNATIONAL',
  startDate: '2025-05-01',
  endDate: '',
  ownerId: 'u1',
  nextFollowUpOn: '2026-03-01',
  publicDescription: 'Maršrutas',
  internalNotes: '',
  parties: [{ organisationId: 'o1', name: 'Zaļās upes partnerība', role: 'PARTNER' }],
  contacts: [{ name: 'Laura', position: '', email: '', phone: '', organisationId: 'o1' }],
};
const initial = { nextFollowUpOn: '2026-03-01', parties: values.parties, contacts: values.contacts };

describe('the partnership edit form', () => {
  it('may keep a follow-up that has passed, but not set a new past one', () => {
    const schema = editPartnershipSchema('2026-03-01');
    expect(schema.safeParse(values).success).toBe(true);
    const moved = schema.safeParse({ ...values, nextFollowUpOn: '2026-03-05' });
    expect(moved.success).toBe(false);
    expect(moved.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nextFollowUpOn', 'validation.notPast'],
    ]);
  });

  it('refuses an end before the start', () => {
    const result = editPartnershipSchema(null).safeParse({ ...values, nextFollowUpOn: '', endDate: '2025-04-30' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endDate', 'validation.dateOrder'],
    ]);
  });

  it('sends its own fields, and the follow-up, parties and contacts only when they changed', () => {
    const parsed = editPartnershipSchema('2026-03-01').parse(values);
    expect(toUpdateInput(parsed, initial)).toEqual({
      title: 'Amatų keliai be sienų',
      kind: 'TRANSNATIONAL_PROJECT',
      scope: 'INTERNATIONAL',
      startDate: '2025-05-01',
      endDate: null,
      ownerId: 'u1',
      publicDescription: 'Maršrutas',
      internalNotes: '',
    });
    const changed = editPartnershipSchema('2026-03-01').parse({
      ...values,
      nextFollowUpOn: '',
      parties: [...values.parties, { organisationId: 'o2', name: 'Elektrėnų VVG', role: 'LEAD' }],
    });
    expect(toUpdateInput(changed, initial)).toMatchObject({
      nextFollowUpOn: null,
      parties: [
        { organisationId: 'o1', role: 'PARTNER' },
        { organisationId: 'o2', role: 'LEAD' },
      ],
    });
    expect(toUpdateInput(changed, initial)).not.toHaveProperty('contacts');
  });

  it('places server messages on nested fields', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'contacts.1.email', message: 'must be a valid e-mail address' },
              { field: 'endDate', message: 'must not be before the start date' },
            ],
          },
        },
      ],
    });
    expect(formFieldErrors(error)).toEqual({
      'contacts[1].email': 'must be a valid e-mail address',
      endDate: 'must not be before the start date',
    });
  });
});
