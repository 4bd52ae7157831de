import type { EntityManager } from '@mikro-orm/postgresql';
import type { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Writer } from '../audit/writer.js';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError, ConflictError, type FieldProblem } from '../common/errors.js';
import type { RequestScope } from '../request-scope.js';
import { Eldership } from '../organisations/eldership.entity.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import { Measure } from '../strategy/strategy.entity.js';
import { callChanges, type CallSnapshot } from './call-changes.js';
import { callPhaseSql, callQuery, type CallView } from './call-read.js';
import { publishProblems, supportProblems } from './call-rights.js';
import { Call, CallAmendment, CallAnnex, CallCriterion, CallQuestion, type CallChangeRecord } from './call.entity.js';
import { CallPhase, CallQuestionKind, CallStatus } from './call.enums.js';
import type { CallInput, UpdateCallArgs } from './call.inputs.js';
import { CallService } from './call.service.js';

const choiceKinds: readonly CallQuestionKind[] = [CallQuestionKind.SINGLE_CHOICE, CallQuestionKind.MULTIPLE_CHOICE];

/** The references a call's input names, found. */
type References = { measures: Measure[]; elderships: Eldership[] };

/**
 * Writing calls: staff draft a call, publish it, and after that change it only by amendments
 * that say what changed and why. Every write is authorised, validated, transactional and
 * audited; every answer is the call as read afterwards (its phase by the database's clock).
 */
export class CallWorkflowService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  async create(input: CallInput, shown?: ReadonlySet<string>): Promise<CallView> {
    authorize(this.scope.viewer, 'call.manage');
    const references = await this.checkInput(input, null);
    const id = await this.writer.write(
      'call.create',
      async ({ em, audit }) => {
        const call = em.create(Call, { ...callFields(input), createdBy: this.scope.viewer.user });
        call.measures.set(references.measures);
        call.elderships.set(references.elderships);
        replaceLists(em, call, input);
        audit(call.id, { number: call.number, title: call.title });
        return call.id;
      },
      { duplicate: numberTaken },
    );
    return this.read(id, shown);
  }

  /**
   * Edits a call. A draft changes plainly; a published call changes by an amendment with its
   * reason, listing every changed field, within the rules of its phase. Nothing changed, nothing
   * written.
   */
  async update({ id, version, input, reason }: UpdateCallArgs, shown?: ReadonlySet<string>): Promise<CallView> {
    authorize(this.scope.viewer, 'call.manage');
    const call = await this.em.findOneOrFail(
      Call,
      { id },
      { populate: ['measures', 'elderships', 'criteria', 'annexes', 'questions'] },
    );
    this.writer.assertCurrent('call.update', { record: call, seen: version });
    if (call.status === CallStatus.DECIDED) {
      throw BadUserInputError.field('id', 'FROZEN', 'the board has decided on this call: it no longer changes');
    }
    const references = await this.checkInput(input, call);
    const changes = callChanges(snapshotOfCall(call), snapshotOfInput(input, references));
    if (!changes.length) return this.read(call.id, shown);

    const published = call.status === CallStatus.PUBLISHED;
    if (published) await this.checkAmendment(call, input, changes, reason);
    const updated = await this.writer.write(
      published ? 'call.amend' : 'call.update',
      async ({ em, audit }) => {
        em.assign(call, callFields(input));
        call.measures.set(references.measures);
        call.elderships.set(references.elderships);
        replaceLists(em, call, input);
        // Lists live in their own tables: the call's version moves with any change.
        call.updatedAt = new Date();
        const recorded: Record<string, unknown> = Object.fromEntries(
          changes.map((change) => [change.field, { from: change.from, to: change.to }]),
        );
        if (published) {
          const number = (await em.count(CallAmendment, { call })) + 1;
          const why = reason!.trim();
          em.create(CallAmendment, { call, number, reason: why, changes, createdBy: this.scope.viewer.user });
          Object.assign(recorded, { amendment: number, reason: why });
        }
        audit(call.id, recorded);
        return call.id;
      },
      { version: { record: call, seen: version }, duplicate: numberTaken },
    );
    return this.read(updated, shown);
  }

  /** Publishes a complete draft; what is missing is named field by field. */
  async publish(id: string, version: number, shown?: ReadonlySet<string>): Promise<CallView> {
    authorize(this.scope.viewer, 'call.manage');
    const call = await this.em.findOneOrFail(Call, { id });
    this.writer.assertCurrent('call.publish', { record: call, seen: version });
    if (call.status !== CallStatus.DRAFT)
      throw BadUserInputError.field('id', 'NOT_A_DRAFT', 'only a draft is published');
    const facts = (await callQuery(this.scope.knex, { id }, new Set(['viewerCanPublish']))) as CallView;
    const problems = publishProblems(facts);
    if (problems.length) throw new BadUserInputError(problems);
    await this.writer.write(
      'call.publish',
      async ({ audit }) => {
        call.status = CallStatus.PUBLISHED;
        call.publishedAt = new Date();
        audit(call.id, { status: { from: CallStatus.DRAFT, to: CallStatus.PUBLISHED } });
      },
      { version: { record: call, seen: version } },
    );
    return this.read(call.id, shown);
  }

  /** Deletes a draft with its lists (the database cascades them); the audit trail keeps it. */
  async deleteDraft(id: string): Promise<boolean> {
    authorize(this.scope.viewer, 'call.manage');
    const call = await this.em.findOneOrFail(Call, { id });
    if (call.status !== CallStatus.DRAFT) throw BadUserInputError.field('id', 'NOT_A_DRAFT', 'only a draft is deleted');
    await this.writer.write('call.deleteDraft', async ({ em, audit }) => {
      audit(call.id, { number: call.number, title: call.title });
      em.remove(call);
    });
    return true;
  }

  private async read(id: string, shown: ReadonlySet<string> | undefined): Promise<CallView> {
    const call = await this.scope.get(CallService).find({ id }, shown);
    if (!call) throw new Error(`call ${id} is missing after its write`);
    return call;
  }

  /**
   * Rules of the input beyond each field's own: amounts that fit together, closing after opening,
   * references that exist, list items of this call named once, choices that make sense. Every
   * problem is named by its field (`input.criteria.2.id`).
   */
  private async checkInput(input: CallInput, call: Call | null): Promise<References> {
    const problems: FieldProblem[] = supportProblems(input).map((p) => ({ ...p, field: `input.${p.field}` }));
    const problem = (field: string, code: string, message: string) =>
      problems.push({ field: `input.${field}`, code, message });
    if (input.closesAt.getTime() <= input.opensAt.getTime()) problem('closesAt', 'DATE_ORDER', 'must be after opensAt');
    if (!hundredths(input.maxIntensityPercent))
      problem('maxIntensityPercent', 'INVALID_FORMAT', 'must have at most two decimals');
    if (hasDuplicates(input.eligibleKinds)) problem('eligibleKinds', 'DUPLICATE_ITEM', 'a kind is listed twice');

    const [measures, elderships] = await Promise.all([
      input.measureIds.length ? this.em.find(Measure, { id: { $in: input.measureIds } }) : [],
      input.eldershipIds.length ? this.em.find(Eldership, { id: { $in: input.eldershipIds } }) : [],
    ]);
    for (const [field, ids, found, what] of [
      ['measureIds', input.measureIds, measures, 'measure'],
      ['eldershipIds', input.eldershipIds, elderships, 'eldership'],
    ] as const) {
      if (hasDuplicates(ids)) problem(field, 'DUPLICATE_ITEM', `a ${what} is listed twice`);
      const unknown = ids.filter((id) => !found.some((row) => row.id === id));
      if (unknown.length) problem(field, 'UNKNOWN_REFERENCE', `no such ${what}: ${unknown.join(', ')}`);
    }

    const kept = {
      criteria: call?.criteria.getItems() ?? [],
      annexes: call?.annexes.getItems() ?? [],
      questions: call?.questions.getItems() ?? [],
    };
    for (const list of ['criteria', 'annexes', 'questions'] as const) {
      const seen = new Set<string>();
      input[list].forEach((item, index) => {
        if (!item.id) return;
        if (seen.has(item.id)) problem(`${list}.${index}.id`, 'DUPLICATE_ITEM', 'this item is listed twice');
        else if (!kept[list].some((existing) => existing.id === item.id))
          problem(`${list}.${index}.id`, 'UNKNOWN_REFERENCE', 'no such item of this call');
        seen.add(item.id);
      });
    }
    input.criteria.forEach((criterion, index) => {
      if (!hundredths(criterion.weight))
        problem(`criteria.${index}.weight`, 'INVALID_FORMAT', 'must have at most two decimals');
    });
    input.questions.forEach((question, index) => {
      const field = `questions.${index}.options`;
      const options = question.options.map((option) => option.trim());
      if (!choiceKinds.includes(question.kind)) {
        if (options.length) problem(field, 'TOO_MANY', 'only single and multiple choice questions have options');
      } else if (options.some((option) => !option)) problem(field, 'LENGTH', 'an option is empty');
      else if (hasDuplicates(options)) problem(field, 'DUPLICATE_ITEM', 'an option is listed twice');
      else if (options.length < 2) problem(field, 'TOO_FEW', 'a choice needs at least two options');
      // The English choices are none, or one for each choice at its place: answers name the Lithuanian.
      const translated = englishOptions(question.optionsEn);
      const englishField = `questions.${index}.optionsEn`;
      if (!translated.length) return;
      if (translated.length < options.length) problem(englishField, 'TOO_FEW', 'give every option in English, or none');
      else if (translated.length > options.length)
        problem(englishField, 'TOO_MANY', 'give one English option for each option');
      else if (translated.some((option) => !option)) problem(englishField, 'LENGTH', 'an English option is empty');
      else if (hasDuplicates(translated)) problem(englishField, 'DUPLICATE_ITEM', 'an English option is listed twice');
    });

    if (input.number !== call?.number && (await this.em.count(Call, { number: input.number }))) {
      problem('number', 'TAKEN', 'another call has this number');
    }
    if (problems.length) throw new BadUserInputError(problems);
    return { measures, elderships };
  }

  /**
   * The rules of an amendment to a published call: it says why; the number stays (it names the
   * call for applicants); the opening stays once applications have opened; the closing never
   * moves into the past; the criteria stay once applications have closed.
   */
  private async checkAmendment(
    call: Call,
    input: CallInput,
    changes: CallChangeRecord[],
    reason: string | null | undefined,
  ): Promise<void> {
    const changed = (field: string) => changes.some((c) => c.field === field || c.field.startsWith(`${field}.`));
    const knex = this.scope.knex;
    const clock = (await knex('call_for_proposals as c')
      .where('c.id', call.id)
      .select(
        knex.raw(`${callPhaseSql('c')} as phase, ?::timestamptz > now() as "closesInFuture"`, [
          input.closesAt.toISOString(),
        ]),
      )
      .first()) as { phase: CallPhase; closesInFuture: boolean };
    const problems: FieldProblem[] = [];
    if (!reason?.trim())
      problems.push({ field: 'reason', code: 'REQUIRED', message: 'say why a published call changes' });
    if (changed('number'))
      problems.push({ field: 'input.number', code: 'FROZEN', message: 'a published call keeps its number' });
    if (changed('opensAt') && (clock.phase === CallPhase.OPEN || clock.phase === CallPhase.CLOSED))
      problems.push({ field: 'input.opensAt', code: 'FROZEN', message: 'applications have opened already' });
    if (changed('closesAt') && !clock.closesInFuture)
      problems.push({ field: 'input.closesAt', code: 'DATE_IN_PAST', message: 'must not move into the past' });
    if (changed('criteria') && clock.phase === CallPhase.CLOSED)
      problems.push({
        field: 'input.criteria',
        code: 'FROZEN',
        message: 'applications have closed: the criteria stay',
      });
    if (problems.length) throw new BadUserInputError(problems);
  }
}

/** An English text as stored: trimmed, none (null) where empty or not given. */
const english = (text: string | null | undefined) => text?.trim() || null;

/** The call's own columns from its input, trimmed where they are text. */
function callFields(input: CallInput) {
  return {
    number: input.number,
    title: input.title.trim(),
    titleEn: english(input.titleEn),
    body: input.body,
    // Markdown keeps its white space, as `body` does; only an empty text is none.
    bodyEn: input.bodyEn?.trim() ? input.bodyEn : null,
    budgetCents: input.budgetCents,
    minSupportCents: input.minSupportCents ?? null,
    maxSupportCents: input.maxSupportCents ?? null,
    maxIntensityPercent: input.maxIntensityPercent ?? null,
    // In the enum's order, so the same kinds in another order are no change.
    eligibleKinds: Object.values(OrganisationKind).filter((kind) => input.eligibleKinds.includes(kind)),
    opensAt: input.opensAt,
    closesAt: input.closesAt,
  };
}

// The columns of list items from their input, or from the stored items (which take the same
// shape) for an amendment's snapshot.
const criterionFields = (item: CallInput['criteria'][number]) => ({
  title: item.title.trim(),
  titleEn: english(item.titleEn),
  description: item.description.trim(),
  descriptionEn: english(item.descriptionEn),
  maxScore: item.maxScore,
  weight: item.weight,
});
const annexFields = (item: CallInput['annexes'][number]) => ({
  title: item.title.trim(),
  titleEn: english(item.titleEn),
  description: item.description.trim(),
  descriptionEn: english(item.descriptionEn),
  required: item.required,
});
const questionFields = (item: CallInput['questions'][number]) => ({
  text: item.text.trim(),
  textEn: english(item.textEn),
  description: item.description.trim(),
  descriptionEn: english(item.descriptionEn),
  kind: item.kind,
  options: item.options.map((option) => option.trim()),
  optionsEn: englishOptions(item.optionsEn),
  required: item.required,
});

/** English choices as stored: trimmed, none (an empty list) where every one is empty. */
function englishOptions(options: readonly string[] | null | undefined): string[] {
  const trimmed = (options ?? []).map((option) => option.trim());
  return trimmed.some(Boolean) ? trimmed : [];
}

/**
 * Makes the call's criteria, annexes and questions those of the input, in its order: an item
 * with an id is kept and updated (answers and scores refer to it), one without is new, one left
 * out is removed.
 */
function replaceLists(em: EntityManager, call: Call, input: CallInput): void {
  replaceList(em, call.criteria.getItems(), input.criteria, (item, position, kept) => {
    const data = { ...criterionFields(item), position };
    if (kept) em.assign(kept, data);
    else em.create(CallCriterion, { ...data, call });
  });
  replaceList(em, call.annexes.getItems(), input.annexes, (item, position, kept) => {
    const data = { ...annexFields(item), position };
    if (kept) em.assign(kept, data);
    else em.create(CallAnnex, { ...data, call });
  });
  replaceList(em, call.questions.getItems(), input.questions, (item, position, kept) => {
    const data = { ...questionFields(item), position };
    if (kept) em.assign(kept, data);
    else em.create(CallQuestion, { ...data, call });
  });
}

/** Removes the items the input leaves out, then writes each of its items at its position (from 1). */
function replaceList<T extends { id: string }, I extends { id?: string | null }>(
  em: EntityManager,
  existing: readonly T[],
  items: readonly I[],
  write: (item: I, position: number, kept: T | undefined) => void,
): void {
  for (const old of existing) if (!items.some((item) => item.id === old.id)) em.remove(old);
  items.forEach((item, index) =>
    write(
      item,
      index + 1,
      existing.find((old) => old.id === item.id),
    ),
  );
}

const byPosition = <T extends { position: number; id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));

function snapshotOfCall(call: Call): CallSnapshot {
  return {
    number: call.number,
    title: call.title,
    titleEn: call.titleEn ?? null,
    body: call.body,
    bodyEn: call.bodyEn ?? null,
    measures: call.measures.getItems(),
    budgetCents: call.budgetCents,
    minSupportCents: call.minSupportCents ?? null,
    maxSupportCents: call.maxSupportCents ?? null,
    maxIntensityPercent: call.maxIntensityPercent ?? null,
    eligibleKinds: call.eligibleKinds,
    elderships: call.elderships.getItems(),
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    criteria: byPosition(call.criteria.getItems()).map((item) => ({ id: item.id, ...criterionFields(item) })),
    annexes: byPosition(call.annexes.getItems()).map((item) => ({ id: item.id, ...annexFields(item) })),
    questions: byPosition(call.questions.getItems()).map((item) => ({ id: item.id, ...questionFields(item) })),
  };
}

function snapshotOfInput(input: CallInput, references: References): CallSnapshot {
  const { measures, elderships } = references;
  return {
    ...callFields(input),
    measures,
    elderships,
    criteria: input.criteria.map((item) => ({ id: item.id, ...criterionFields(item) })),
    annexes: input.annexes.map((item) => ({ id: item.id, ...annexFields(item) })),
    questions: input.questions.map((item) => ({ id: item.id, ...questionFields(item) })),
  };
}

/** Whether a number has at most two decimals, as the database keeps weights and percentages. */
function hundredths(value: number | null | undefined): boolean {
  return value == null || Number(value.toFixed(2)) === value;
}

function hasDuplicates(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

/** Two calls cannot share a number; anything else unique that a write meets lost a race. */
function numberTaken(error: UniqueConstraintViolationException): BadUserInputError | ConflictError {
  if (error.message.includes('call_for_proposals_number_key'))
    return BadUserInputError.field('input.number', 'TAKEN', 'another call has this number');
  return new ConflictError('Someone else changed this call at the same time. Reload and try again.');
}
