import { z } from 'zod';
import { centsToEuroText, euroToCents } from './initiativeEnums';
import type { CreateInitiativeInput } from '@/gql/graphql';

// Messages are i18n keys; the form fields translate them. The rules mirror the server's.
const euro = z
  .string()
  .trim()
  .refine((value) => !Number.isNaN(euroToCents(value)), 'validation.euro')
  .refine((value) => (euroToCents(value) ?? 0) <= 100_000_000_00, 'validation.euroTooLarge');

export const initiativeFormSchema = z
  .object({
    asOrganisationId: z.string(),
    title: z.string().trim().min(3, 'validation.titleLength').max(200, 'validation.titleLength'),
    summary: z.string().trim().max(1000, 'validation.tooLong'),
    body: z.string().max(50000, 'validation.tooLong'),
    themeCodes: z.array(z.string()).max(8, 'validation.tooMany'),
    measureId: z.string(),
    eldershipId: z.string(),
    estimatedBudget: euro,
    requestedSupport: euro,
  })
  .superRefine((values, context) => {
    const budget = euroToCents(values.estimatedBudget);
    const requested = euroToCents(values.requestedSupport);
    if (budget !== null && requested !== null && !Number.isNaN(budget) && requested > budget) {
      context.addIssue({ code: 'custom', path: ['requestedSupport'], message: 'validation.overBudget' });
    }
  });

/** A create form also needs the organisation it is proposed for. */
export const createInitiativeFormSchema = initiativeFormSchema.superRefine((values, context) => {
  if (!values.asOrganisationId) {
    context.addIssue({ code: 'custom', path: ['asOrganisationId'], message: 'validation.choose' });
  }
});

export type InitiativeFormValues = z.input<typeof initiativeFormSchema>;

export const emptyInitiativeForm: InitiativeFormValues = {
  asOrganisationId: '',
  title: '',
  summary: '',
  body: '',
  themeCodes: [],
  measureId: '',
  eldershipId: '',
  estimatedBudget: '',
  requestedSupport: '',
};

export function initiativeFormValues(initiative: {
  title: string;
  summary: string;
  body: string;
  themes: readonly { code: string }[];
  measure?: { id: string } | null;
  eldership?: { id: string } | null;
  estimatedBudgetCents?: number | null;
  requestedSupportCents?: number | null;
  leadOrganisation: { id: string };
}): InitiativeFormValues {
  return {
    asOrganisationId: initiative.leadOrganisation.id,
    title: initiative.title,
    summary: initiative.summary,
    body: initiative.body,
    themeCodes: initiative.themes.map((theme) => theme.code),
    measureId: initiative.measure?.id ?? '',
    eldershipId: initiative.eldership?.id ?? '',
    estimatedBudget: centsToEuroText(initiative.estimatedBudgetCents),
    requestedSupport: centsToEuroText(initiative.requestedSupportCents),
  };
}

/** The form's values as the API's input: euro → cents, empty → null. */
export function toInitiativeInput(values: InitiativeFormValues): Omit<CreateInitiativeInput, 'asOrganisationId'> {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body,
    themeCodes: [...values.themeCodes],
    measureId: values.measureId || null,
    eldershipId: values.eldershipId || null,
    estimatedBudgetCents: euroToCents(values.estimatedBudget),
    requestedSupportCents: euroToCents(values.requestedSupport),
  };
}

/** Server field names → the form's own. */
export const serverFieldNames: Record<string, string> = {
  estimatedBudgetCents: 'estimatedBudget',
  requestedSupportCents: 'requestedSupport',
};
