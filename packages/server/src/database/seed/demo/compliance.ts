import type { ComplianceItem } from '../../../applications/compliance-checklist.js';
import type { PersonKey } from './accounts.js';
import type { Moment, WallTime } from './clock.js';
import type { InitiativeKey } from './initiatives.js';

export type DemoCheck = {
  item: ComplianceItem;
  result: 'PASSED' | 'FAILED' | 'NOT_APPLICABLE';
  note?: string;
  at: Moment;
  by: PersonKey;
};

export type DemoCompletionRound = {
  items: readonly string[];
  message: string;
  at: Moment;
  by: PersonKey;
  /** The reply-by time, days from today (positive: still open). */
  replyBy: readonly [days: number, time: WallTime];
};

export type DemoCompliance = {
  /** The call's key in calls.ts; the application is the initiative's to it (applications.ts). */
  call: 'kvietimas-6' | 'kvietimas-7';
  initiative: InitiativeKey;
  checks: readonly DemoCheck[];
  rounds: readonly DemoCompletionRound[];
};

/**
 * The staff's compliance check of the demo applications: Kazokiškės (submitted) partly checked,
 * Vievis returned for completion with its first round open, Semeliškės passed to evaluation with
 * its whole checklist, and call 6's Beižioniai checked before the board scored it.
 */
export const COMPLIANCE: readonly DemoCompliance[] = [
  {
    call: 'kvietimas-7',
    initiative: 'kazokiskiu-sporto-aikstyno-atnaujinimas',
    checks: [
      { item: 'APPLICATION_FORM_COMPLETE', result: 'PASSED', at: [2, '10:05'], by: 'justinas' },
      { item: 'SIGNED_BY_AUTHORISED_PERSON', result: 'PASSED', at: [2, '10:07'], by: 'justinas' },
      {
        item: 'APPLICANT_ELIGIBLE',
        result: 'PASSED',
        note: 'Bendruomenė – VVG narė nuo 2016 m., įstatai atnaujinti 2024 m.',
        at: [2, '10:15'],
        by: 'justinas',
      },
      { item: 'PROJECT_IN_TERRITORY', result: 'PASSED', at: [2, '10:16'], by: 'justinas' },
    ],
    rounds: [],
  },
  {
    call: 'kvietimas-7',
    initiative: 'vievio-bendruomenes-namu-sales-atnaujinimas',
    checks: [
      { item: 'APPLICATION_FORM_COMPLETE', result: 'PASSED', at: [5, '13:40'], by: 'rasa' },
      { item: 'SIGNED_BY_AUTHORISED_PERSON', result: 'PASSED', at: [5, '13:42'], by: 'rasa' },
      { item: 'APPLICANT_ELIGIBLE', result: 'PASSED', at: [5, '13:50'], by: 'rasa' },
      { item: 'PROJECT_IN_TERRITORY', result: 'PASSED', at: [5, '13:51'], by: 'rasa' },
      { item: 'ACTIVITIES_FIT_MEASURE', result: 'PASSED', at: [5, '14:05'], by: 'rasa' },
      {
        item: 'PROCUREMENT_OFFERS_PRESENT',
        result: 'FAILED',
        note: 'Grindų ir apšvietimo darbams pateikta tik po vieną komercinį pasiūlymą.',
        at: [5, '14:30'],
        by: 'rasa',
      },
      {
        item: 'OWNERSHIP_OR_USE_RIGHTS',
        result: 'FAILED',
        note: 'Nepridėta salės panaudos sutartis su savivaldybe.',
        at: [5, '14:40'],
        by: 'rasa',
      },
    ],
    rounds: [
      {
        items: [
          'Pridėkite bent du komercinius pasiūlymus grindų dangos ir apšvietimo darbams.',
          'Patikslinkite sąmatos 4 eilutę (scenos įrengimas): nurodykite kiekius ir vieneto kainas.',
          'Pridėkite salės panaudos sutarties su Elektrėnų savivaldybe kopiją; sutartis turi galioti bent penkerius metus po projekto pabaigos.',
        ],
        message: 'Papildykite paraišką ir pateikite ją iš naujo iki nurodyto termino. Kilus klausimų, skambinkite.',
        at: [4, '10:15'],
        by: 'rasa',
        replyBy: [10, '16:00'],
      },
    ],
  },
  {
    call: 'kvietimas-7',
    initiative: 'semeliskiu-vaiku-zaidimu-aikstele-prie-ezero',
    checks: [
      { item: 'APPLICATION_FORM_COMPLETE', result: 'PASSED', at: [15, '09:10'], by: 'rasa' },
      { item: 'SIGNED_BY_AUTHORISED_PERSON', result: 'PASSED', at: [15, '09:12'], by: 'rasa' },
      { item: 'APPLICANT_ELIGIBLE', result: 'PASSED', at: [15, '09:20'], by: 'rasa' },
      { item: 'PROJECT_IN_TERRITORY', result: 'PASSED', at: [15, '09:21'], by: 'rasa' },
      { item: 'ACTIVITIES_FIT_MEASURE', result: 'PASSED', at: [15, '09:35'], by: 'rasa' },
      {
        item: 'BUDGET_REASONABLE_AND_ELIGIBLE',
        result: 'PASSED',
        note: 'Kainos atitinka rinkos; prašoma 80 % tinkamų išlaidų.',
        at: [15, '10:10'],
        by: 'rasa',
      },
      { item: 'PROCUREMENT_OFFERS_PRESENT', result: 'PASSED', at: [15, '10:25'], by: 'rasa' },
      {
        item: 'OWNERSHIP_OR_USE_RIGHTS',
        result: 'PASSED',
        note: 'Žemės sklypo panaudos sutartis su savivaldybe iki 2036 m.',
        at: [15, '10:40'],
        by: 'rasa',
      },
      { item: 'NO_TAX_OR_SOCIAL_SECURITY_DEBTS', result: 'PASSED', at: [15, '11:00'], by: 'justinas' },
      { item: 'NO_DOUBLE_FUNDING', result: 'PASSED', at: [15, '11:05'], by: 'justinas' },
      {
        item: 'CO_FINANCING_SECURED',
        result: 'PASSED',
        note: 'Bendruomenės įnašas – savanorių darbas; seniūnijos raštas pridėtas.',
        at: [15, '11:20'],
        by: 'justinas',
      },
    ],
    rounds: [],
  },
  {
    call: 'kvietimas-6',
    initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves',
    checks: [
      { item: 'APPLICATION_FORM_COMPLETE', result: 'PASSED', at: [133, '10:00'], by: 'rasa' },
      { item: 'SIGNED_BY_AUTHORISED_PERSON', result: 'PASSED', at: [133, '10:02'], by: 'rasa' },
      { item: 'APPLICANT_ELIGIBLE', result: 'PASSED', at: [133, '10:10'], by: 'rasa' },
      { item: 'PROJECT_IN_TERRITORY', result: 'PASSED', at: [133, '10:11'], by: 'rasa' },
      { item: 'ACTIVITIES_FIT_MEASURE', result: 'PASSED', at: [133, '10:20'], by: 'rasa' },
      { item: 'BUDGET_REASONABLE_AND_ELIGIBLE', result: 'PASSED', at: [133, '11:00'], by: 'rasa' },
      { item: 'PROCUREMENT_OFFERS_PRESENT', result: 'PASSED', at: [133, '11:15'], by: 'rasa' },
      {
        item: 'OWNERSHIP_OR_USE_RIGHTS',
        result: 'NOT_APPLICABLE',
        note: 'Investicijų į turtą nėra: tik renginiai ir dirbtuvės.',
        at: [133, '11:20'],
        by: 'rasa',
      },
      { item: 'NO_TAX_OR_SOCIAL_SECURITY_DEBTS', result: 'PASSED', at: [132, '09:00'], by: 'justinas' },
      { item: 'NO_DOUBLE_FUNDING', result: 'PASSED', at: [132, '09:05'], by: 'justinas' },
      { item: 'CO_FINANCING_SECURED', result: 'PASSED', at: [132, '09:15'], by: 'justinas' },
    ],
    rounds: [],
  },
];
