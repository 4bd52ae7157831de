import { SLUG_PATTERN } from '../../../common/slug.js';
import { safeFileName } from '../../../files/file-types.js';
import { AFFILIATIONS, PEOPLE, type PersonKey } from './accounts.js';
import { BOARD } from './board.js';
import { answerProblem } from '../../../applications/application-answers.js';
import type { CallQuestionKind } from '../../../calls/call.enums.js';
import { APPLICATIONS } from './applications.js';
import { CALLS_EN, type CallEnglish } from './calls.en.js';
import { CALLS, type DemoCall } from './calls.js';
import type { DemoClock, Moment } from './clock.js';
import { COMMENTS } from './discussion.js';
import { complianceChecklist } from '../../../applications/compliance-checklist.js';
import { COMPLIANCE } from './compliance.js';
import { EVENTS } from './events.js';
import { applicationMoves, nextStatuses } from '../../../initiatives/initiative-lifecycle.js';
import type { InitiativeStatus as Status } from '../../../initiatives/initiative.enums.js';
import { INITIATIVES, type DemoInitiative, type InitiativeStatus } from './initiatives.js';
import { FOLLOWS, firstTookPart } from './notifications.js';
import type { OrgKey } from './organisations.js';
import { ORGANISATIONS } from './organisations.js';
import { PARTNERSHIPS } from './partnerships.js';

/**
 * Checks the story for what the database cannot: legal status histories in time order,
 * replies after what they answer, people acting only for organisations they belong to.
 * Throws with every problem found, so an edit to the demo data fails loudly.
 */
export function validateDemoData(clock: DemoClock): void {
  const problems: string[] = [];
  const time = (moment: Moment) => clock.at(moment).getTime();
  const speaksFor = (person: PersonKey, organisation: OrgKey) =>
    AFFILIATIONS.some((a) => a.person === person && a.organisation === organisation);
  const membership = (organisation: OrgKey) => ORGANISATIONS.find((o) => o.slug === organisation)?.membership;
  const active = (organisation: OrgKey) => ['MEMBER', 'PARTNER'].includes(membership(organisation) ?? '');
  const representative = (person: PersonKey, organisation: OrgKey) =>
    AFFILIATIONS.some((a) => a.person === person && a.organisation === organisation && a.role === 'REPRESENTATIVE');

  for (const slug of [
    ...ORGANISATIONS.map((o) => o.slug),
    ...INITIATIVES.map((i) => i.slug),
    ...PARTNERSHIPS.map((p) => p.slug),
  ]) {
    if (!SLUG_PATTERN.test(slug)) problems.push(`bad slug ${slug}`);
  }

  const submittedAt = new Map<string, number>();
  const initiatives: readonly DemoInitiative[] = INITIATIVES;
  for (const initiative of initiatives) {
    const where = `initiative ${initiative.slug}`;
    if (initiative.requestedEur > initiative.estimatedEur) problems.push(`${where}: requested exceeds the estimate`);
    if (!representative(initiative.author, initiative.lead))
      problems.push(`${where}: the author does not represent the lead`);
    if (membership(initiative.lead) !== 'MEMBER') problems.push(`${where}: only a member organisation may lead`);
    let status: InitiativeStatus = 'DRAFT';
    let last = time(initiative.created);
    for (const change of initiative.history) {
      // An initiative applying to a call also moves with its application (completion requested, resubmitted).
      const moves = [...nextStatuses(status as Status), ...(applicationMoves[status as Status] ?? [])];
      if (!moves.includes(change.to as Status))
        problems.push(`${where}: ${status} → ${change.to} is not a move the lifecycle allows`);
      if (time(change.at) <= last) problems.push(`${where}: ${change.to} is not after the step before it`);
      if (!change.reason.trim()) problems.push(`${where}: ${change.to} has no reason`);
      if (change.to === 'SUBMITTED') submittedAt.set(initiative.slug, time(change.at));
      status = change.to;
      last = time(change.at);
    }
    const published = submittedAt.get(initiative.slug);
    for (const endorsement of initiative.endorsements ?? []) {
      if (published === undefined || time(endorsement.at) <= published)
        problems.push(`${where}: endorsement before submission`);
      if (endorsement.organisation === initiative.lead) problems.push(`${where}: the lead endorses itself`);
      if (!active(endorsement.organisation))
        problems.push(`${where}: ${endorsement.organisation} is neither member nor partner`);
      if (!representative(endorsement.by, endorsement.organisation))
        problems.push(`${where}: ${endorsement.by} may not endorse as ${endorsement.organisation}`);
    }
    for (const co of initiative.coProposers ?? []) {
      if (co.organisation === initiative.lead) problems.push(`${where}: the lead is its own co-proposer`);
      if (!active(co.organisation))
        problems.push(`${where}: co-proposer ${co.organisation} is neither member nor partner`);
      if (time(co.invited) <= time(initiative.created)) problems.push(`${where}: co-proposer invited before creation`);
      if ((co.status === 'INVITED') !== (co.responded === undefined))
        problems.push(`${where}: co-proposer answer out of step`);
      if (co.responded && time(co.responded) <= time(co.invited))
        problems.push(`${where}: co-proposer answered before the invitation`);
      if (co.respondedBy && !representative(co.respondedBy, co.organisation))
        problems.push(`${where}: ${co.respondedBy} answers for another organisation`);
      if ((initiative.endorsements ?? []).some((e) => e.organisation === co.organisation))
        problems.push(`${where}: a co-proposer endorses`);
    }
  }

  const comments = new Map<string, (typeof COMMENTS)[number]>();
  for (const comment of COMMENTS) {
    const where = `comment ${comment.key}`;
    if (comments.has(comment.key)) problems.push(`${where}: duplicate key`);
    const published = submittedAt.get(comment.initiative);
    if (published === undefined || time(comment.at) <= published)
      problems.push(`${where}: before the initiative was published`);
    if (comment.as && !speaksFor(comment.author, comment.as))
      problems.push(`${where}: ${comment.author} may not speak for ${comment.as}`);
    if (comment.parent !== undefined) {
      const parent = comments.get(comment.parent);
      if (!parent) problems.push(`${where}: the parent must come earlier in the list`);
      else if (parent.initiative !== comment.initiative || time(parent.at) >= time(comment.at))
        problems.push(`${where}: reply out of place`);
    }
    for (const later of [comment.edited?.at, comment.deleted, comment.hidden?.at]) {
      if (later && time(later) <= time(comment.at)) problems.push(`${where}: changed before it was written`);
    }
    for (const flag of comment.flags ?? []) {
      if (time(flag.at) <= time(comment.at)) problems.push(`${where}: flagged before it was written`);
      if (flag.resolved && time(flag.resolved.at) < time(flag.at))
        problems.push(`${where}: flag resolved before it was raised`);
    }
    comments.set(comment.key, comment);
  }

  for (const follow of FOLLOWS) {
    const where = `${follow.person} following ${follow.initiative}`;
    const initiative = initiatives.find((i) => i.slug === follow.initiative);
    if (!firstTookPart(follow.person, follow.initiative))
      problems.push(`${where}: neither commented on nor supported it`);
    if (initiative?.author === follow.person) problems.push(`${where}: its author follows it already`);
  }

  for (const seat of BOARD) {
    const organisation = ORGANISATIONS.find((o) => o.slug === seat.organisation);
    if (organisation?.sector !== seat.sector || organisation.membership !== 'MEMBER')
      problems.push(`board seat ${seat.seat}: not a member of its sector`);
    if (!speaksFor(seat.person, seat.organisation))
      problems.push(`board seat ${seat.seat}: the person does not belong to the organisation`);
  }
  const largestShare =
    Math.max(...(['NGO', 'BUSINESS', 'PUBLIC'] as const).map((s) => BOARD.filter((b) => b.sector === s).length)) /
    BOARD.length;
  if (BOARD.length !== 13 || largestShare >= 0.49)
    problems.push('the board must have 13 seats with no sector at 49 % or more');

  for (const event of EVENTS) {
    for (const registration of event.registrations) {
      if (registration.as && !speaksFor(registration.person, registration.as))
        problems.push(`event ${event.key}: ${registration.person} not of ${registration.as}`);
    }
  }
  for (const partnership of PARTNERSHIPS) {
    if (!partnership.parties.some((p) => p.organisation === 'elektrenu-vvg'))
      problems.push(`partnership ${partnership.slug}: the LAG is no party`);
  }

  const callNumbers = new Set<number>();
  for (const call of CALLS) {
    const where = `call ${call.number}`;
    if (callNumbers.has(call.number)) problems.push(`${where}: another call has this number`);
    callNumbers.add(call.number);
    if (clock.on(...call.closes) <= clock.on(...call.opens)) problems.push(`${where}: closes before it opens`);
    const { budgetEur, minSupportEur: min, maxSupportEur: max, maxIntensityPercent: intensity } = call;
    if (min !== undefined && max !== undefined && min > max) problems.push(`${where}: least support above the most`);
    if ((max ?? min ?? 0) > budgetEur) problems.push(`${where}: support per project above the budget`);
    if (intensity !== undefined && (intensity <= 0 || intensity > 100))
      problems.push(`${where}: intensity out of range`);
    if ((call.status === 'DRAFT') !== (call.published === undefined))
      problems.push(`${where}: published out of step with its status`);
    if (call.published && time(call.published) < time(call.created))
      problems.push(`${where}: published before written`);
    if (call.status !== 'DRAFT' && (!call.measures.length || !call.criteria.length))
      problems.push(`${where}: published without measures or criteria`);
    const english = CALLS_EN[call.key];
    if (english && !matchesItemForItem(call, english))
      problems.push(`${where}: its English texts are not one for each of its Lithuanian ones`);
    for (const question of call.questions) {
      const options = question.options ?? [];
      const choice = question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE';
      if (choice ? new Set(options).size !== options.length || options.length < 2 : options.length > 0)
        problems.push(`${where}: question "${question.text}" has options that do not fit its kind`);
    }
    let last = call.published && time(call.published);
    let closes: unknown = undefined;
    for (const amendment of call.amendments ?? []) {
      if (!last || time(amendment.at) <= last) problems.push(`${where}: amended before it was published`);
      if (!amendment.reason.trim()) problems.push(`${where}: an amendment without a reason`);
      for (const change of amendment.changes) if (change.field === 'closesAt') closes = change.to;
      last = time(amendment.at);
    }
    if (closes !== undefined && JSON.stringify(closes) !== JSON.stringify(call.closes))
      problems.push(`${where}: the closing time is not the one its last amendment set`);
  }

  for (const application of APPLICATIONS) {
    const where = `application of ${application.initiative} to ${application.call}`;
    const call = CALLS.find((c) => c.key === application.call);
    if (!call) {
      problems.push(`${where}: no such call`);
      continue;
    }
    if ((application.status === 'DRAFT') !== (application.submissions.length === 0))
      problems.push(`${where}: submissions out of step with its status`);
    for (const [position, value] of Object.entries(application.answers)) {
      const question = call.questions[Number(position) - 1];
      const rule = question && {
        ...question,
        id: position,
        kind: question.kind as CallQuestionKind,
        options: question.options ?? [],
      };
      const problem = rule && answerProblem(rule, value);
      if (!question || problem) problems.push(`${where}: answer ${position} does not fit its question`);
    }
    for (const submission of application.submissions) {
      if (time(submission.at) <= time(application.started)) problems.push(`${where}: submitted before it was started`);
      if (clock.at(submission.at) >= clock.on(...call.closes) || clock.at(submission.at) < clock.on(...call.opens))
        problems.push(`${where}: submitted while the call was not open`);
    }
    const lead = INITIATIVES.find((i) => i.slug === application.initiative)?.lead;
    if (!lead || !representative(application.by, lead))
      problems.push(`${where}: ${application.by} does not represent its lead`);
    // Its versions are frozen from the annexes it has now: each must have been there at the first.
    const frozen = application.submissions[0];
    for (const annex of application.annexes) {
      const what = `${where}: annex ${annex.file}`;
      if (annex.for === undefined ? !annex.title : !call.annexes[annex.for - 1])
        problems.push(`${what} answers no annex of the call and has no title of its own`);
      if (safeFileName(annex.file, 'application/pdf') !== annex.file)
        problems.push(`${what} is not a name uploads keep`);
      if (time(annex.at) <= time(application.started) || (frozen && time(annex.at) >= time(frozen.at)))
        problems.push(`${what} is not attached between the start and the first submission`);
    }
    call.annexes.forEach((annex, index) => {
      if (annex.required && !application.annexes.some((a) => a.for === index + 1))
        problems.push(`${where}: the required annex "${annex.title}" is missing`);
    });
  }

  const staffKeys = new Set<string>(
    PEOPLE.filter((person) => 'role' in person && ['STAFF', 'ADMIN'].includes(person.role)).map((p) => p.key),
  );
  for (const compliance of COMPLIANCE) {
    const where = `compliance of ${compliance.initiative} to ${compliance.call}`;
    const application = APPLICATIONS.find((a) => a.call === compliance.call && a.initiative === compliance.initiative);
    const submitted = application?.submissions[0];
    if (!application || !submitted) {
      problems.push(`${where}: no submitted application`);
      continue;
    }
    for (const step of [...compliance.checks, ...compliance.rounds]) {
      if (time(step.at) <= time(submitted.at)) problems.push(`${where}: checked before it was submitted`);
      if (!staffKeys.has(step.by)) problems.push(`${where}: ${step.by} is not staff`);
    }
    const passed = (item: string) =>
      compliance.checks.some((check) => check.item === item && check.result !== 'FAILED');
    if (application.status === 'PASSED_TO_EVALUATION' && !complianceChecklist.every(passed))
      problems.push(`${where}: passed to evaluation without its whole checklist passed`);
    const open = compliance.rounds.at(-1);
    if ((application.status === 'COMPLETION_REQUESTED') !== (open !== undefined && open.replyBy[0] > 0))
      problems.push(`${where}: its rounds are out of step with its status`);
  }

  if (problems.length > 0) throw new Error(`The demo data is inconsistent:\n  ${problems.join('\n  ')}`);
}

/** Whether a call's English texts are one for each of its Lithuanian ones: list items, descriptions, choices. */
function matchesItemForItem(call: DemoCall, english: CallEnglish): boolean {
  const alike = <T, U>(lithuanian: readonly T[], translated: readonly U[], same: (lt: T, en: U) => boolean) =>
    lithuanian.length === translated.length && lithuanian.every((item, index) => same(item, translated[index]!));
  const described = (lt: { description?: string }, en: { description?: string }) => !lt.description === !en.description;
  return (
    alike(call.criteria, english.criteria, described) &&
    alike(call.annexes, english.annexes, described) &&
    alike(
      call.questions,
      english.questions,
      (lt, en) => described(lt, en) && (lt.options ?? []).length === (en.options ?? []).length,
    )
  );
}
