/**
 * The administrative compliance check of a LEADER call, item by item, as stable keys: what the
 * LAG's staff confirm of every submitted application before the board evaluates it (the rules of
 * local projects under the rural development programme). Clients translate the keys; a stored
 * finding keeps its key, so the list may grow without touching the findings already made.
 */
export const complianceChecklist = [
  /** The application form is filled in in full and every required annex is attached. */
  'APPLICATION_FORM_COMPLETE',
  /** It is signed by the person authorised to represent the applicant (or with a power of attorney). */
  'SIGNED_BY_AUTHORISED_PERSON',
  /** The applicant is of a kind the call admits, registered and acting in the LAG's territory. */
  'APPLICANT_ELIGIBLE',
  /** The project is carried out in the LAG's territory (the elderships the call names). */
  'PROJECT_IN_TERRITORY',
  /** The activities fit the call's measure of the local development strategy. */
  'ACTIVITIES_FIT_MEASURE',
  /** The costs are eligible, justified and at market prices; support within the call's limits and intensity. */
  'BUDGET_REASONABLE_AND_ELIGIBLE',
  /** Price offers (at least two per purchase) or market research back the budget's purchases. */
  'PROCUREMENT_OFFERS_PRESENT',
  /** The applicant owns or may use the land, buildings or equipment the project invests in. */
  'OWNERSHIP_OR_USE_RIGHTS',
  /** No overdue taxes or social security contributions (certificates of the tax authority and Sodra). */
  'NO_TAX_OR_SOCIAL_SECURITY_DEBTS',
  /** The same costs are not funded, or applied for, from another source. */
  'NO_DOUBLE_FUNDING',
  /** The applicant's own contribution is secured (a decision, a letter of the lender or funds). */
  'CO_FINANCING_SECURED',
] as const;

export type ComplianceItem = (typeof complianceChecklist)[number];

export function isComplianceItem(item: string): item is ComplianceItem {
  return (complianceChecklist as readonly string[]).includes(item);
}
