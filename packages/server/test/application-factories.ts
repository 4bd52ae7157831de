import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Application, ApplicationAnswer } from '../src/applications/application.entity.js';
import { ApplicationStatus } from '../src/applications/application.enums.js';
import { Call, CallAnnex, CallQuestion } from '../src/calls/call.entity.js';
import { CallQuestionKind, CallStatus } from '../src/calls/call.enums.js';
import { Eldership } from '../src/organisations/eldership.entity.js';
import { Initiative } from '../src/initiatives/initiative.entity.js';
import type { OrganisationKind } from '../src/organisations/organisation.enums.js';
import { Measure } from '../src/strategy/strategy.entity.js';
import { Theme } from '../src/strategy/theme.entity.js';

const unique = () => randomBytes(4).toString('hex');
const day = 24 * 60 * 60 * 1000;

export type CallOptions = {
  status?: CallStatus;
  /** Defaults: opened a day ago, closes in thirty days. */
  opensAt?: Date;
  closesAt?: Date;
  budgetCents?: number;
  minSupportCents?: number | null;
  maxSupportCents?: number | null;
  maxIntensityPercent?: number | null;
  eligibleKinds?: OrganisationKind[];
  measures?: { id: string }[];
  elderships?: { id: string }[];
  questions?: {
    text?: string;
    textEn?: string;
    kind: CallQuestionKind;
    options?: string[];
    optionsEn?: string[];
    required?: boolean;
  }[];
  annexes?: { title?: string; required?: boolean }[];
};

/** Calls, measures and applications written straight to the database, beside `Factory`. */
export class ApplicationFactory {
  private static numbers = 1000;

  constructor(private readonly orm: MikroORM) {}

  /** A measure of a strategy of its own. */
  async measure(): Promise<{ id: string }> {
    const knex = this.orm.em.getKnex();
    const [strategy] = await knex('strategy')
      .insert({ title: `VPS ${unique()}`, period_start: '2023-01-01', period_end: '2029-12-31' })
      .returning('id');
    const [measure] = await knex('measure')
      .insert({
        strategy_id: strategy.id,
        code: `VPS-${unique()}`,
        title: 'Bendruomenių erdvės',
        budget_cents: 100_000_000,
      })
      .returning('id');
    return { id: measure.id as string };
  }

  /** A theme, which complete initiatives need. */
  async theme(): Promise<Theme> {
    const em = this.orm.em.fork();
    const theme = em.create(Theme, { code: `THEME_${unique().replace(/[0-9]/g, 'X').toUpperCase()}`, position: 1 });
    await em.flush();
    return theme;
  }

  /** A call, PUBLISHED and open by default, with its questions and annexes in the given order. */
  async call(options: CallOptions = {}): Promise<Call> {
    const em = this.orm.em.fork();
    const now = Date.now();
    const status = options.status ?? CallStatus.PUBLISHED;
    const call = em.create(Call, {
      number: ApplicationFactory.numbers++ * 10 + Math.floor(Math.random() * 10),
      title: `Kvietimas ${unique()}`,
      status,
      opensAt: options.opensAt ?? new Date(now - day),
      closesAt: options.closesAt ?? new Date(now + 30 * day),
      budgetCents: options.budgetCents ?? 20_000_000,
      minSupportCents: options.minSupportCents ?? null,
      maxSupportCents: options.maxSupportCents ?? null,
      maxIntensityPercent: options.maxIntensityPercent ?? null,
      eligibleKinds: options.eligibleKinds ?? [],
      publishedAt: status === CallStatus.DRAFT ? null : new Date(now - 2 * day),
    });
    for (const measure of options.measures ?? []) call.measures.add(em.getReference(Measure, measure.id));
    for (const eldership of options.elderships ?? []) call.elderships.add(em.getReference(Eldership, eldership.id));
    (options.questions ?? []).forEach((question, index) =>
      em.create(CallQuestion, {
        call,
        position: index + 1,
        text: question.text ?? `Klausimas ${index + 1}`,
        textEn: question.textEn ?? null,
        kind: question.kind,
        options: question.options ?? [],
        optionsEn: question.optionsEn ?? [],
        required: question.required ?? true,
      }),
    );
    (options.annexes ?? []).forEach((annex, index) =>
      em.create(CallAnnex, {
        call,
        position: index + 1,
        title: annex.title ?? `Priedas ${index + 1}`,
        required: annex.required ?? true,
      }),
    );
    await em.flush();
    await em.populate(call, ['questions', 'annexes']);
    return call;
  }

  /** An application of the initiative to the call, in `status`, with answers by question id. */
  async application(
    call: Pick<Call, 'id'>,
    initiative: { id: string },
    options: { status?: ApplicationStatus; eligibleCostsCents?: number | null; answers?: Record<string, unknown> } = {},
  ): Promise<Application> {
    const em = this.orm.em.fork();
    const status = options.status ?? ApplicationStatus.DRAFT;
    const submitted = status === ApplicationStatus.DRAFT ? null : new Date();
    const application = em.create(Application, {
      call: em.getReference(Call, call.id),
      initiative: em.getReference(Initiative, initiative.id),
      status,
      eligibleCostsCents: options.eligibleCostsCents ?? null,
      firstSubmittedAt: submitted,
      lastSubmittedAt: submitted,
    });
    for (const [questionId, value] of Object.entries(options.answers ?? {})) {
      em.create(ApplicationAnswer, {
        application,
        question: em.getReference(CallQuestion, questionId),
        value: value as ApplicationAnswer['value'],
      });
    }
    await em.flush();
    return application;
  }
}
