import type { PersonKey } from './accounts.js';
import type { Moment } from './clock.js';
import type { InitiativeKey } from './initiatives.js';

/** An answer as the call's question takes it: text, a number, an option, options, yes/no. */
export type DemoAnswer = string | number | boolean | readonly string[];

export type DemoApplication = {
  /** The call's key in calls.ts. */
  call: 'kvietimas-6' | 'kvietimas-7';
  initiative: InitiativeKey;
  status: 'DRAFT' | 'SUBMITTED' | 'COMPLETION_REQUESTED' | 'INELIGIBLE' | 'PASSED_TO_EVALUATION' | 'WITHDRAWN';
  started: Moment;
  by: PersonKey;
  eligibleCostsEur?: number;
  /** Answers by the position of the call's question, from 1; unanswered ones left out. */
  answers: Readonly<Record<number, DemoAnswer>>;
  /** Each submission, the first first: it freezes a version of the application as it stands. */
  submissions: readonly { at: Moment; by: PersonKey }[];
};

/**
 * Applications to calls: call 7 open with a draft being written, one submitted, one returned for
 * completion and one passed to evaluation (the compliance story adds its rounds and checklist);
 * call 6's application that the board scored. Call 7 asks (calls.ts): 1 how many residents
 * benefit, 2 for which groups, 3 whether use is free, 4 how the activities continue.
 */
export const APPLICATIONS: readonly DemoApplication[] = [
  {
    call: 'kvietimas-6',
    initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves',
    status: 'PASSED_TO_EVALUATION',
    started: [150, '19:00'],
    by: 'inga',
    eligibleCostsEur: 9_000,
    answers: {
      1: 'Beižionių verbų rišimo ir šiaudinių sodų tradiciją, kurią dar moka vos kelios kaimo moterys.',
      2: 'Edukacinės programos',
      3: true,
    },
    submissions: [{ at: [140, '14:00'], by: 'inga' }],
  },
  {
    call: 'kvietimas-7',
    initiative: 'pastrevio-bendruomenes-namu-saules-elektrine',
    status: 'DRAFT',
    started: [6, '20:30'],
    by: 'aldona',
    eligibleCostsEur: 37_500,
    answers: {
      1: 350,
      2: ['Vaikams ir jaunimui', 'Senjorams'],
    },
    submissions: [],
  },
  {
    call: 'kvietimas-7',
    initiative: 'kazokiskiu-sporto-aikstyno-atnaujinimas',
    status: 'SUBMITTED',
    started: [12, '21:00'],
    by: 'algirdas',
    eligibleCostsEur: 24_000,
    answers: {
      1: 600,
      2: ['Vaikams ir jaunimui', 'Šeimoms', 'Visiems gyventojams'],
      3: true,
      4: 'Aikštyną prižiūrės bendruomenės savanoriai; dangos remontui kasmet atidėsime dalį nario mokesčio.',
    },
    submissions: [{ at: [8, '20:10'], by: 'algirdas' }],
  },
  {
    call: 'kvietimas-7',
    initiative: 'vievio-bendruomenes-namu-sales-atnaujinimas',
    status: 'COMPLETION_REQUESTED',
    started: [15, '18:00'],
    by: 'greta',
    eligibleCostsEur: 32_000,
    answers: {
      1: 900,
      2: ['Šeimoms', 'Senjorams', 'Visiems gyventojams'],
      3: true,
      4: 'Salę ir toliau valdys bendruomenė; išlaikymą dengs nuomos renginiams pajamos.',
    },
    submissions: [{ at: [12, '18:40'], by: 'greta' }],
  },
  {
    call: 'kvietimas-7',
    initiative: 'semeliskiu-vaiku-zaidimu-aikstele-prie-ezero',
    status: 'PASSED_TO_EVALUATION',
    started: [24, '08:00'],
    by: 'vida',
    eligibleCostsEur: 18_000,
    answers: {
      1: 1200,
      2: ['Vaikams ir jaunimui', 'Šeimoms', 'Žmonėms su negalia'],
      3: true,
      4: 'Aikštelę prižiūrės seniūnija pagal bendradarbiavimo sutartį, bendruomenė organizuos talkas.',
    },
    submissions: [{ at: [20, '15:00'], by: 'vida' }],
  },
];
