import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { recountInitiativesSql } from './counters.js';
import { DEMO_PASSWORD } from './demo/accounts.js';
import { hashPassword } from '../../accounts/passwords.js';
import { ELDERSHIPS, THEMES, ensureReferenceData } from './reference.js';
import { renderGeneratedMarkdown } from '../../common/markdown.js';
import { slugify } from '../../common/slug.js';
import type { Sector as SectorEnum } from '../../organisations/organisation.enums.js';
import { copyInto, type CopyRow, type PgClient } from './synthetic/copy.js';
import { Random, hash32, unit } from './synthetic/random.js';
import {
  commentBody,
  endorsementNote,
  initiativeBody,
  initiativeSummary,
  initiativeTitle,
  organisationDescription,
  organisationName,
  personName,
  type OrganisationKind,
} from './synthetic/text.js';

export type SyntheticCounts = {
  organisations: number;
  users: number;
  initiatives: number;
  comments: number;
  /** Default: three per initiative. */
  endorsements?: number;
};

const DAY = 86_400_000;
type Sector = `${SectorEnum}`;
const MEMBERSHIPS = ['MEMBER', 'APPLICANT', 'PARTNER', 'FORMER'] as const;
const STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'SHORTLISTED',
  'APPROVED',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
  'WITHDRAWN',
] as const;
/** Share of initiatives per status, in the order of STATUSES. */
const STATUS_WEIGHTS = [0.1, 0.12, 0.12, 0.08, 0.1, 0.12, 0.2, 0.1, 0.06];
const FLOW = ['SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED'] as const;
const KINDS: Record<Sector, readonly OrganisationKind[]> = {
  NGO: ['RURAL_COMMUNITY', 'RURAL_COMMUNITY', 'ASSOCIATION', 'ASSOCIATION', 'OTHER'],
  BUSINESS: ['COMPANY', 'COMPANY', 'FARM'],
  PUBLIC: ['MUNICIPALITY_INSTITUTION', 'SCHOOL', 'CULTURAL_INSTITUTION'],
};

const NATIONAL_KINDS: Record<Sector, OrganisationKind> = {
  NGO: 'ASSOCIATION',
  BUSINESS: 'COMPANY',
  PUBLIC: 'MINISTRY',
};

/** The statuses an initiative passed through after its draft, ending in `status`. */
function pathTo(status: (typeof STATUSES)[number], salt: number): string[] {
  switch (status) {
    case 'DRAFT':
      return [];
    case 'REJECTED':
      return [...FLOW.slice(0, 1 + (salt % 3)), 'REJECTED'];
    case 'WITHDRAWN':
      return [...FLOW.slice(0, 1 + (salt % 2)), 'WITHDRAWN'];
    default:
      return FLOW.slice(0, FLOW.indexOf(status) + 1);
  }
}

const REASONS: Record<string, string> = {
  SUBMITTED: 'Paraiška pateikta VVG vertinimui.',
  UNDER_REVIEW: 'Paraiška atitinka formaliuosius reikalavimus, pradedamas vertinimas.',
  SHORTLISTED: 'Valdyba įtraukė į trumpąjį sąrašą.',
  APPROVED: 'Valdybos sprendimu skirta parama.',
  IN_PROGRESS: 'Pasirašyta vietos projekto vykdymo sutartis.',
  COMPLETED: 'Projektas įgyvendintas, ataskaita patvirtinta.',
  REJECTED: 'Paraiška neatitinka vietos plėtros strategijos priemonės sąlygų.',
  WITHDRAWN: 'Pareiškėjas atsiėmė paraišką.',
};

/** Shares out `total` over `weights` (zero weight: nothing), each share at most `cap`. */
function shares(weights: Float64Array, total: number, cap: number): Int32Array {
  const result = new Int32Array(weights.length);
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum === 0 || total === 0) return result;
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const share = Math.min(cap, Math.floor((total * (weights[i] ?? 0)) / sum));
    result[i] = share;
    given += share;
  }
  // Hand out what rounding left, one each, to rows that may take more.
  for (let pass = 0; given < total && pass < 64; pass++) {
    let progressed = false;
    for (let i = 0; i < weights.length && given < total; i++) {
      if ((weights[i] ?? 0) > 0 && (result[i] ?? 0) < cap) {
        result[i] = (result[i] ?? 0) + 1;
        given++;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  return result;
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Writes a large synthetic data set for benchmarks with PostgreSQL COPY: organisations
 * across all sectors, kinds and elderships; users (all with the demo password) and their
 * affiliations; initiatives in every status with legal status histories, themes and
 * co-proposers; endorsements; threaded comments. Rows are generated while they stream, and
 * the initiatives' counters are set from the rows by one UPDATE at the end. Everything runs
 * in one transaction on top of whatever the database holds (the demo seed, earlier runs):
 * slugs and e-mails carry a run tag, and ids a run prefix.
 */
export async function generateSynthetic(
  knex: Knex,
  counts: SyntheticCounts,
  log: (msg: string) => void = () => {},
): Promise<void> {
  const O = counts.organisations;
  const U = counts.users;
  const I = counts.initiatives;
  const C = counts.comments;
  const E = counts.endorsements ?? I * 3;
  for (const [name, value] of Object.entries({
    organisations: O,
    users: U,
    initiatives: I,
    comments: C,
    endorsements: E,
  })) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0`);
  }
  if (I > 0 && O === 0) throw new Error('initiatives need organisations');
  if (C > 0 && (U === 0 || I === 0)) throw new Error('comments need users and initiatives');

  const started = Date.now();
  const now = Date.now();
  const reference = await ensureReferenceData(knex);
  const eldershipIds = ELDERSHIPS.map((e) => reference.elderships.get(e.code) ?? null);
  const themeIds = THEMES.map((t) => reference.themes.get(t) ?? null);
  const measureIds = ((await knex('measure').select('id')) as { id: string }[]).map((m) => m.id);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // Ids: a random prefix for this run, a table number and the row's index, so any row's id
  // (a reply's parent, an endorser's organisation) is known without remembering it.
  const prefix = randomBytes(8).toString('hex');
  const runPrefix = `${prefix.slice(0, 8)}-${prefix.slice(8, 12)}-4${prefix.slice(13, 16)}`;
  const tag = prefix.slice(0, 6);
  const id = (table: number, index: number) =>
    `${runPrefix}-8${table.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;
  const T = { organisation: 1, user: 2, affiliation: 3, initiative: 4, statusChange: 5, endorsement: 6, comment: 7 };
  const seed = hash32(Number.parseInt(prefix.slice(0, 8), 16), 1);

  // Per-row facts other tables need, kept in small typed arrays.
  const orgMembership = new Uint8Array(O);
  const orgEldership = new Int8Array(O);
  const staffUser = U > 0 ? 0 : -1; // user 0 is STAFF: moderator and reviewer of the run

  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    const timed = async (table: string, write: () => Promise<number>) => {
      const t = Date.now();
      const rows = await write();
      log(`${table}: ${rows.toLocaleString('en')} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };

    await timed('organisation', () =>
      copyInto(
        client,
        'organisation',
        [
          'id',
          'slug',
          'name',
          'sector',
          'kind',
          'scope',
          'country',
          'eldership_id',
          'membership',
          'member_since',
          'member_until',
          'email',
          'phone',
          'website',
          'description',
          'created_at',
          'updated_at',
        ],
        (function* (): Generator<CopyRow> {
          const random = new Random(seed ^ 0x01);
          for (let i = 0; i < O; i++) {
            const scope = i % 97 === 13 ? 'INTERNATIONAL' : i % 41 === 7 ? 'NATIONAL' : 'LOCAL';
            const roll = random.next();
            const sector = scope === 'INTERNATIONAL' ? 'NGO' : roll < 0.5 ? 'NGO' : roll < 0.8 ? 'BUSINESS' : 'PUBLIC';
            const kind: OrganisationKind =
              scope === 'INTERNATIONAL'
                ? random.chance(0.7)
                  ? 'LAG'
                  : 'INTERNATIONAL_BODY'
                : scope === 'NATIONAL'
                  ? NATIONAL_KINDS[sector]
                  : random.pick(KINDS[sector]);
            const { name, country } = organisationName(random, kind, scope);
            const membershipRoll = random.next();
            const membership =
              scope !== 'LOCAL'
                ? 2
                : membershipRoll < 0.6
                  ? 0
                  : membershipRoll < 0.7
                    ? 1
                    : membershipRoll < 0.85
                      ? 2
                      : 3;
            orgMembership[i] = membership;
            const eldership = scope === 'LOCAL' ? i % ELDERSHIPS.length : -1;
            orgEldership[i] = eldership;
            const created = now - (30 + random.int(1000)) * DAY;
            const since = membership === 0 || membership === 3 ? Date.UTC(2007, 0, 16) + random.int(6000) * DAY : null;
            const sinceMs = since === null ? null : Math.min(since, created);
            const until =
              membership === 3 && sinceMs !== null
                ? sinceMs + random.int(Math.max(1, (created - sinceMs) / DAY)) * DAY
                : null;
            const slug = `${slugify(name)}-${tag}-${i}`;
            yield [
              id(T.organisation, i),
              slug,
              name,
              sector,
              kind,
              scope,
              country,
              eldership >= 0 ? eldershipIds[eldership] : null,
              MEMBERSHIPS[membership],
              sinceMs === null ? null : isoDate(sinceMs),
              until === null ? null : isoDate(until),
              `org${i}.${tag}@sintetinis.example`,
              `+370 6${String(hash32(i, 3) % 10_000_000).padStart(7, '0')}`,
              random.chance(0.3) ? `https://${slug}.example` : null,
              organisationDescription(random),
              iso(created),
              iso(created),
            ];
          }
        })(),
      ),
    );

    await timed('app_user', () =>
      copyInto(
        client,
        'app_user',
        ['id', 'email', 'display_name', 'password_hash', 'role', 'locale', 'created_at', 'updated_at'],
        (function* (): Generator<CopyRow> {
          const random = new Random(seed ^ 0x02);
          for (let j = 0; j < U; j++) {
            const { first, last } = personName(random);
            const created = now - (10 + random.int(900)) * DAY;
            yield [
              id(T.user, j),
              `${slugify(first)}.${slugify(last)}.${tag}.${j}@sintetinis.example`,
              `${first} ${last}`,
              passwordHash,
              j === staffUser || j % 500 === 499 ? 'STAFF' : 'USER',
              random.chance(0.05) ? 'en' : 'lt',
              iso(created),
              iso(created),
            ];
          }
        })(),
      ),
    );

    // User j speaks for organisation j mod O (the first user of each is its representative);
    // every fifth user also belongs to a second organisation.
    const primaryOrg = (j: number) => j % O;
    const userOf = (organisation: number, salt: number): number | null => {
      if (organisation >= U) return null;
      const choices = Math.floor((U - 1 - organisation) / O) + 1;
      return organisation + O * (salt % choices);
    };
    await timed('affiliation', () =>
      copyInto(
        client,
        'affiliation',
        ['id', 'user_id', 'organisation_id', 'role', 'created_at'],
        (function* (): Generator<CopyRow> {
          if (O === 0) return;
          let n = 0;
          for (let j = 0; j < U; j++) {
            yield [
              id(T.affiliation, n++),
              id(T.user, j),
              id(T.organisation, primaryOrg(j)),
              j < O || j % 3 === 0 ? 'REPRESENTATIVE' : 'MEMBER',
              iso(now - DAY),
            ];
            const second = (j * 7 + 3) % O;
            if (j % 5 === 0 && second !== primaryOrg(j)) {
              yield [id(T.affiliation, n++), id(T.user, j), id(T.organisation, second), 'MEMBER', iso(now - DAY)];
            }
          }
        })(),
      ),
    );

    // Initiative facts: status, lead, when created and submitted.
    const status = new Uint8Array(I);
    const lead = new Int32Array(I);
    const createdAt = new Float64Array(I);
    const submittedAt = new Float64Array(I);
    /** Until when an initiative takes support: its rejection or withdrawal, else now. */
    const closedAt = new Float64Array(I);
    /** When step `m` of the `n` steps of initiative k's history happened (all within 60 % of its life). */
    const stepAt = (k: number, m: number, n: number) =>
      createdAt[k]! + ((now - createdAt[k]!) * 0.6 * (m + 1)) / (n + 1);
    for (let k = 0; k < I; k++) {
      let roll = unit(k, seed ^ 0x11);
      let s = 0;
      while (s < STATUS_WEIGHTS.length - 1 && roll >= (STATUS_WEIGHTS[s] ?? 0)) roll -= STATUS_WEIGHTS[s++] ?? 0;
      status[k] = s;
      let organisation = hash32(k, seed ^ 0x12) % O;
      for (let probe = 0; probe < O && orgMembership[organisation] !== 0; probe++)
        organisation = (organisation + 1) % O;
      lead[k] = organisation;
      createdAt[k] = now - (20 + (hash32(k, seed ^ 0x13) % 1000)) * DAY - (hash32(k, seed ^ 0x14) % DAY);
      const steps = pathTo(STATUSES[s]!, k).length;
      submittedAt[k] = s === 0 ? Number.NaN : stepAt(k, 0, steps);
      closedAt[k] = STATUSES[s] === 'REJECTED' || STATUSES[s] === 'WITHDRAWN' ? stepAt(k, steps - 1, steps) : now;
    }

    const initiativeColumns = [
      'id',
      'slug',
      'title',
      'summary',
      'body',
      'body_html',
      'body_text',
      'lead_organisation_id',
      'created_by_id',
      'measure_id',
      'eldership_id',
      'estimated_budget_cents',
      'requested_support_cents',
      'status',
      'version',
      'submitted_at',
      'created_at',
      'updated_at',
      'last_activity_at',
    ];
    await timed('initiative', () =>
      copyInto(
        client,
        'initiative',
        initiativeColumns,
        (function* (): Generator<CopyRow> {
          const random = new Random(seed ^ 0x03);
          for (let k = 0; k < I; k++) {
            const s = STATUSES[status[k]!]!;
            const path = pathTo(s, k);
            const title = initiativeTitle(random);
            const author = userOf(lead[k]!, hash32(k, 5));
            const estimated = (10 + random.int(1500)) * 10_000;
            const requested = Math.round((estimated * (0.5 + random.next() * 0.4)) / 100) * 100;
            const updated = path.length === 0 ? createdAt[k]! : stepAt(k, path.length - 1, path.length);
            const eldership = orgEldership[lead[k]!] ?? -1;
            // Drawn in the order the columns were always drawn, so a seed gives the same data.
            const summary = initiativeSummary(random);
            const body = initiativeBody(random);
            const rendered = renderGeneratedMarkdown(body);
            yield [
              id(T.initiative, k),
              `${slugify(title)}-${tag}-${k}`,
              title,
              summary,
              body,
              rendered.html,
              rendered.text,
              id(T.organisation, lead[k]!),
              author === null ? null : id(T.user, author),
              measureIds.length > 0 && random.chance(0.9) ? random.pick(measureIds) : null,
              eldershipIds[eldership >= 0 ? eldership : random.int(eldershipIds.length)] ?? null,
              estimated,
              requested,
              s,
              1 + path.length,
              path.length === 0 ? null : iso(submittedAt[k]!),
              iso(createdAt[k]!),
              iso(updated),
              iso(updated),
            ];
          }
        })(),
      ),
    );

    await timed('initiative_theme', () =>
      copyInto(
        client,
        'initiative_theme',
        ['initiative_id', 'theme_id'],
        (function* (): Generator<CopyRow> {
          for (let k = 0; k < I; k++) {
            const first = hash32(k, seed ^ 0x21) % THEMES.length;
            const count = 1 + (hash32(k, seed ^ 0x22) % 3);
            for (const offset of [0, 3, 5].slice(0, count))
              yield [id(T.initiative, k), themeIds[(first + offset) % THEMES.length] ?? null];
          }
        })(),
      ),
    );

    await timed('co_proposer', () =>
      copyInto(
        client,
        'co_proposer',
        [
          'initiative_id',
          'organisation_id',
          'status',
          'invited_by_id',
          'invited_at',
          'responded_by_id',
          'responded_at',
        ],
        (function* (): Generator<CopyRow> {
          if (O < 2) return;
          for (let k = 0; k < I; k += 7) {
            const organisation = (lead[k]! + 1 + (hash32(k, seed ^ 0x31) % (O - 1))) % O;
            const draft = status[k] === 0;
            const declined = !draft && hash32(k, seed ^ 0x32) % 10 === 0;
            const invited = createdAt[k]! + DAY / 2;
            const inviter = userOf(lead[k]!, k);
            const responder = userOf(organisation, k);
            yield [
              id(T.initiative, k),
              id(T.organisation, organisation),
              draft ? 'INVITED' : declined ? 'DECLINED' : 'ACCEPTED',
              inviter === null ? null : id(T.user, inviter),
              iso(invited),
              draft || responder === null ? null : id(T.user, responder),
              draft ? null : iso(invited + DAY / 4),
            ];
          }
        })(),
      ),
    );

    await timed('status_change', () =>
      copyInto(
        client,
        'status_change',
        ['id', 'initiative_id', 'from_status', 'to_status', 'changed_by_id', 'reason', 'created_at'],
        (function* (): Generator<CopyRow> {
          let n = 0;
          for (let k = 0; k < I; k++) {
            const path = pathTo(STATUSES[status[k]!]!, k);
            const author = userOf(lead[k]!, hash32(k, 5));
            for (let m = 0; m < path.length; m++) {
              const to = path[m]!;
              const byAuthor = to === 'SUBMITTED' || to === 'WITHDRAWN';
              const actor = byAuthor ? author : staffUser >= 0 ? staffUser : null;
              yield [
                id(T.statusChange, n++),
                id(T.initiative, k),
                m === 0 ? 'DRAFT' : path[m - 1]!,
                to,
                actor === null ? null : id(T.user, actor),
                REASONS[to] ?? '',
                iso(stepAt(k, m, path.length)),
              ];
            }
          }
        })(),
      ),
    );

    // Support and discussion go to published initiatives, a few of them drawing most of it.
    const weights = new Float64Array(I);
    for (let k = 0; k < I; k++) weights[k] = status[k] === 0 ? 0 : 1 / (0.02 + unit(k, seed ^ 0x41)) ** 1.2;

    const endorsements = shares(weights, O > 1 ? E : 0, Math.max(0, O - 1));
    await timed('endorsement', () =>
      copyInto(
        client,
        'endorsement',
        ['id', 'initiative_id', 'organisation_id', 'endorsed_by_id', 'note', 'created_at'],
        (function* (): Generator<CopyRow> {
          const random = new Random(seed ^ 0x05);
          let n = 0;
          for (let k = 0; k < I; k++) {
            const wanted = endorsements[k] ?? 0;
            let organisation = hash32(k, seed ^ 0x51) % Math.max(1, O);
            for (let m = 0; m < wanted; m++, organisation = (organisation + 1) % O) {
              if (organisation === lead[k]) organisation = (organisation + 1) % O;
              const by = userOf(organisation, m);
              const at = submittedAt[k]! + (closedAt[k]! - submittedAt[k]!) * random.next();
              yield [
                id(T.endorsement, n++),
                id(T.initiative, k),
                id(T.organisation, organisation),
                by === null ? null : id(T.user, by),
                random.chance(0.3) ? endorsementNote(random) : null,
                iso(at),
              ];
            }
          }
        })(),
      ),
    );

    const comments = shares(weights, C, Number.MAX_SAFE_INTEGER);
    // Comment c is the (c - firstComment[k])th of initiative k's, evenly spaced in time from its
    // submission to now, so a reply always follows the comment it answers. They are written in
    // the order they were made, as a live database holds them: the newest together at the end.
    const firstComment = new Int32Array(I);
    const initiativeOf = new Int32Array(C);
    const commentAt = new Float64Array(C);
    for (let k = 0, c = 0; k < I; k++) {
      const q = comments[k] ?? 0;
      firstComment[k] = c;
      const since = submittedAt[k]!;
      for (let m = 0; m < q; m++, c++) {
        initiativeOf[c] = k;
        commentAt[c] = since + ((now - since) * (m + 1)) / (q + 1);
      }
    }
    const writtenOrder = Int32Array.from({ length: C }, (_, c) => c).sort((a, b) => commentAt[a]! - commentAt[b]!);
    await timed('comment', () =>
      copyInto(
        client,
        'comment',
        [
          'id',
          'initiative_id',
          'parent_id',
          'author_id',
          'organisation_id',
          'body',
          'body_html',
          'body_text',
          'created_at',
          'edited_at',
          'deleted_at',
          'hidden_at',
          'hidden_by_id',
          'hidden_reason',
          'version',
        ],
        (function* (): Generator<CopyRow> {
          const random = new Random(seed ^ 0x06);
          for (const c of writtenOrder) {
            const k = initiativeOf[c]!;
            const first = firstComment[k]!;
            const m = c - first;
            const at = commentAt[c]!;
            const author = random.int(U);
            const parent = m > 0 && random.chance(0.35) ? first + random.int(m) : null;
            const roll = random.next();
            const edited = roll < 0.03;
            const deleted = roll >= 0.03 && roll < 0.04;
            const hidden = roll >= 0.04 && roll < 0.045 && staffUser >= 0;
            const later = iso(at + Math.min(3_600_000, (now - at) / 2));
            const organisation = O > 0 && random.chance(0.3) ? id(T.organisation, primaryOrg(author)) : null;
            const body = commentBody(random);
            const rendered = renderGeneratedMarkdown(body);
            yield [
              id(T.comment, c),
              id(T.initiative, k),
              parent === null ? null : id(T.comment, parent),
              id(T.user, author),
              organisation,
              body,
              rendered.html,
              rendered.text,
              iso(at),
              edited ? later : null,
              deleted ? later : null,
              hidden ? later : null,
              hidden ? id(T.user, staffUser) : null,
              hidden ? 'Pažeidžia diskusijų taisykles.' : null,
              edited ? 2 : 1,
            ];
          }
        })(),
      ),
    );

    const t = Date.now();
    const recount = await client.query(
      recountInitiativesSql(
        `select id from initiative where id between '${id(T.initiative, 0)}' and '${id(T.initiative, Math.max(0, I - 1))}'`,
      ),
    );
    log(`initiative counters: ${recount.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await knex.client.releaseConnection(client);
  }

  const t = Date.now();
  await knex.raw(
    'analyze organisation, app_user, affiliation, initiative, initiative_theme, co_proposer, status_change, endorsement, comment',
  );
  log(`analyze: ${((Date.now() - t) / 1000).toFixed(1)} s; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
