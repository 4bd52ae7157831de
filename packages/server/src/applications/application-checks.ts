import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldProblem } from '../common/errors.js';
import { callPhaseSql } from '../calls/call-read.js';
import type { CallQuestionKind } from '../calls/call.enums.js';
import { missingForSubmission } from '../initiatives/initiative-lifecycle.js';
import { Membership, type OrganisationKind } from '../organisations/organisation.enums.js';
import { answerProblem, isAnswered } from './application-answers.js';
import { ApplicationStatus } from './application.enums.js';

/**
 * Whether an application may be submitted, checked against its call: the deadline by the
 * database's clock, who may apply and from where, the measure, the support asked for within the
 * call's limits and intensity, every required answer and annex. One function answers both the
 * `problems` field and `submitApplication`, which runs it again inside its transaction.
 */

/** `call_for_proposals as <alias>` open for applications now, by the database's clock (call-read.ts). */
export const callOpenSql = (alias: string) => `((${callPhaseSql(alias)}) = 'OPEN')`;

/** The open completion round of `application as <alias>` still answerable now, by the database's clock. */
export const replyOpenSql = (alias: string) =>
  `exists (select 1 from completion_request r
            where r.application_id = ${alias}.id and r.answered_at is null and now() <= r.reply_by)`;

/** Everything the checks read, in one statement. Amounts are bigint: read as numbers. */
type CheckFacts = {
  status: ApplicationStatus;
  eligibleCostsCents: number | null;
  callOpen: boolean;
  replyOpen: boolean;
  minSupportCents: number | null;
  maxSupportCents: number | null;
  maxIntensityPercent: number | null;
  eligibleKinds: OrganisationKind[];
  eldershipIds: string[];
  measureIds: string[];
  membership: Membership;
  kind: OrganisationKind;
  leadEldershipId: string | null;
  summary: string;
  body: string;
  measureId: string | null;
  estimatedBudgetCents: number | null;
  requestedSupportCents: number | null;
  themeCount: number;
  questions: {
    id: string;
    kind: CallQuestionKind;
    options: string[];
    required: boolean;
    value: unknown;
  }[];
  /** The call's required annexes, each with whether the application has a file for it. */
  requiredAnnexes: { id: string; present: boolean }[];
};

const factsSql = `
select a.id, a.status, a.eligible_costs_cents::float8 as "eligibleCostsCents",
       ${callOpenSql('c')} as "callOpen", ${replyOpenSql('a')} as "replyOpen",
       c.min_support_cents::float8 as "minSupportCents", c.max_support_cents::float8 as "maxSupportCents",
       c.max_intensity_percent::float8 as "maxIntensityPercent", c.eligible_kinds as "eligibleKinds",
       array(select ce.eldership_id from call_eldership ce where ce.call_id = c.id) as "eldershipIds",
       array(select cm.measure_id from call_measure cm where cm.call_id = c.id) as "measureIds",
       o.membership, o.kind, o.eldership_id as "leadEldershipId",
       i.summary, i.body, i.measure_id as "measureId",
       i.estimated_budget_cents::float8 as "estimatedBudgetCents",
       i.requested_support_cents::float8 as "requestedSupportCents",
       (select count(*)::int from initiative_theme it where it.initiative_id = i.id) as "themeCount",
       (select coalesce(json_agg(json_build_object('id', q.id, 'kind', q.kind, 'options', q.options,
                 'required', q.required, 'value', an.value) order by q.position, q.id), '[]'::json)
          from call_question q
          left join application_answer an on an.question_id = q.id and an.application_id = a.id
         where q.call_id = c.id) as questions,
       (select coalesce(json_agg(json_build_object('id', ca.id, 'present', exists (
                 select 1 from application_annex aa where aa.application_id = a.id and aa.call_annex_id = ca.id))
                 order by ca.position, ca.id), '[]'::json)
          from call_annex ca where ca.call_id = c.id and ca.required) as "requiredAnnexes"
  from application a
  join call_for_proposals c on c.id = a.call_id
  join initiative i on i.id = a.initiative_id
  join organisation o on o.id = i.lead_organisation_id
 where a.id = any(?::uuid[])`;

/** The facts of each application of `ids`, read with `em` (inside a write, its transaction). */
async function readFacts(em: EntityManager, ids: readonly string[]): Promise<(CheckFacts & { id: string })[]> {
  return (await em.execute(factsSql, [`{${ids.join(',')}}`])) as (CheckFacts & { id: string })[];
}

/**
 * Every reason the application cannot be submitted now, in the order of the form: the call and
 * its deadline, the lead organisation, the initiative, the figures, the answers, the annexes.
 * Each names the field it is shown at, with a stable code and the figures its wording needs. Read
 * with `em`, so inside a write's transaction it sees that transaction.
 */
export async function applicationProblems(em: EntityManager, applicationId: string): Promise<FieldProblem[]> {
  return (await problemsOfApplications(em, [applicationId]))[0]!;
}

/** `applicationProblems` of each application of `ids`, in one statement: a page of applications with theirs. */
export async function problemsOfApplications(em: EntityManager, ids: readonly string[]): Promise<FieldProblem[][]> {
  const rows = await readFacts(em, ids);
  return ids.map((id) => {
    const facts = rows.find((row) => row.id === id);
    return facts ? [...deadlineProblems(facts), ...callRuleProblemsOf(facts)] : [];
  });
}

/**
 * The automatic checks against the call's rules alone, whatever the status and the clock (who may
 * apply and from where, the measure, limits and intensity, required answers and annexes), for a
 * batch of applications in one statement: what staff see beside each application they check.
 */
export async function callRuleProblems(em: EntityManager, ids: readonly string[]): Promise<FieldProblem[][]> {
  const rows = await readFacts(em, ids);
  return ids.map((id) => {
    const facts = rows.find((row) => row.id === id);
    return facts ? callRuleProblemsOf(facts) : [];
  });
}

function callRuleProblemsOf(facts: CheckFacts): FieldProblem[] {
  return [
    ...eligibilityProblems(facts),
    ...initiativeProblems(facts),
    ...answerProblems(facts),
    ...annexProblems(facts),
  ];
}

function deadlineProblems(facts: CheckFacts): FieldProblem[] {
  if (facts.status === ApplicationStatus.DRAFT) {
    return facts.callOpen
      ? []
      : [{ field: 'call', code: 'CALL_NOT_OPEN', message: 'the call is not open for applications now' }];
  }
  if (facts.status === ApplicationStatus.COMPLETION_REQUESTED) {
    return facts.replyOpen
      ? []
      : [
          {
            field: 'completionRequest',
            code: 'REPLY_OVERDUE',
            message: 'the time to complete the application has passed',
          },
        ];
  }
  return [
    {
      field: 'status',
      code: 'ILLEGAL_TRANSITION',
      message: `an application in status ${facts.status} cannot be submitted`,
    },
  ];
}

function eligibilityProblems(facts: CheckFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (facts.membership !== Membership.MEMBER && !facts.eligibleKinds.includes(facts.kind)) {
    problems.push({
      field: 'leadOrganisation',
      code: 'NOT_ELIGIBLE',
      message: 'the lead organisation is neither a member of the LAG nor of a kind this call admits',
    });
  }
  if (facts.eldershipIds.length && !facts.eldershipIds.includes(facts.leadEldershipId ?? '')) {
    problems.push({
      field: 'leadOrganisation',
      code: 'OUTSIDE_CALL_AREA',
      message: 'the lead organisation is not in an eldership this call is for',
    });
  }
  return problems;
}

function initiativeProblems(facts: CheckFacts): FieldProblem[] {
  const problems: FieldProblem[] = missingForSubmission({
    ...facts,
    measure: facts.measureId,
  }).map((field) => ({
    field: `initiative.${field}`,
    code: 'REQUIRED_TO_SUBMIT',
    message: 'is needed before submitting',
  }));
  if (facts.measureId && !facts.measureIds.includes(facts.measureId)) {
    problems.push({
      field: 'initiative.measureId',
      code: 'MEASURE_NOT_IN_CALL',
      message: 'the initiative’s measure is not one this call funds',
    });
  }
  const requested = facts.requestedSupportCents;
  if (requested != null && facts.minSupportCents != null && requested < facts.minSupportCents) {
    problems.push({
      field: 'initiative.requestedSupportCents',
      code: 'BELOW_CALL_MINIMUM',
      message: `must be at least ${facts.minSupportCents} cents`,
      params: { minSupportCents: facts.minSupportCents },
    });
  }
  if (requested != null && facts.maxSupportCents != null && requested > facts.maxSupportCents) {
    problems.push({
      field: 'initiative.requestedSupportCents',
      code: 'ABOVE_CALL_MAXIMUM',
      message: `must be at most ${facts.maxSupportCents} cents`,
      params: { maxSupportCents: facts.maxSupportCents },
    });
  }
  const eligible = facts.eligibleCostsCents;
  if (eligible == null) {
    problems.push({ field: 'eligibleCostsCents', code: 'REQUIRED_TO_SUBMIT', message: 'is needed before submitting' });
  } else {
    if (requested != null && facts.maxIntensityPercent != null) {
      const allowed = Math.floor((eligible * facts.maxIntensityPercent) / 100);
      if (requested > allowed) {
        problems.push({
          field: 'initiative.requestedSupportCents',
          code: 'ABOVE_INTENSITY',
          message: `must be at most ${facts.maxIntensityPercent}% of the eligible costs, ${allowed} cents`,
          params: { maxIntensityPercent: facts.maxIntensityPercent, allowedCents: allowed },
        });
      }
    }
    if (facts.estimatedBudgetCents != null && eligible > facts.estimatedBudgetCents) {
      problems.push({
        field: 'eligibleCostsCents',
        code: 'COSTS_OVER_BUDGET',
        message: 'must not exceed the initiative’s estimated budget',
        params: { estimatedBudgetCents: facts.estimatedBudgetCents },
      });
    }
  }
  return problems;
}

function answerProblems(facts: CheckFacts): FieldProblem[] {
  return facts.questions.flatMap((question): FieldProblem[] => {
    const field = `answers.${question.id}`;
    if (!isAnswered(question.value)) {
      return question.required ? [{ field, code: 'ANSWER_REQUIRED', message: 'the call requires an answer' }] : [];
    }
    // The call may have been amended since the answer was given (an option renamed or removed).
    const problem = answerProblem(question, question.value);
    return problem ? [{ field, ...problem }] : [];
  });
}

function annexProblems(facts: CheckFacts): FieldProblem[] {
  return facts.requiredAnnexes
    .filter((annex) => !annex.present)
    .map((annex) => ({
      field: `annexes.${annex.id}`,
      code: 'ANNEX_REQUIRED',
      message: 'the call requires this annex',
    }));
}
