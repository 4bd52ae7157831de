import type { PersonKey } from './accounts.js';
import type { Moment, WallTime } from './clock.js';
import type { InitiativeKey } from './initiatives.js';
import type { MeasureCode } from './lag.js';
import type { OrgKey } from './organisations.js';

/** A day relative to today (negative: past) and a Vilnius wall-clock time. */
export type When = readonly [day: number, time: WallTime];

export type DemoEvent = {
  key: string;
  title: string;
  description: string;
  kind: 'TRAINING' | 'MEETING' | 'GENERAL_MEETING' | 'OTHER';
  starts: When;
  ends: When;
  location: string;
  capacity?: number;
  created: Moment;
  registrations: readonly { person: PersonKey; as?: OrgKey; at: Moment }[];
};

/** The LAG's education role: a coming training, a past one, the general meeting. */
export const EVENTS: readonly DemoEvent[] = [
  {
    key: 'paraiskos-mokymai',
    title: 'Mokymai: kaip parengti vietos projekto paraišką',
    description:
      'Praktiniai mokymai bendruomenėms ir verslui prieš kvietimo Nr. 7 pabaigą: tinkamos išlaidos, sąmata, ' +
      'dažniausios klaidos. Atsineškite savo idėją – ją aptarsime kartu.',
    kind: 'TRAINING',
    starts: [14, '10:00'],
    ends: [14, '14:00'],
    location: 'Elektrėnų kultūros centro mažoji salė',
    capacity: 30,
    created: [20, '09:00'],
    registrations: [
      { person: 'aldona', as: 'pastrevio-kaimo-bendruomene', at: [19, '20:00'] },
      { person: 'ona', as: 'kietaviskiu-bendruomene', at: [18, '09:30'] },
      { person: 'mantas', at: [10, '21:15'] },
      { person: 'simona', as: 'vievio-sporto-klubas-streva', at: [9, '12:00'] },
      { person: 'milda', as: 'mb-skaitmeninis-kaimas', at: [5, '08:45'] },
      { person: 'saulius', as: 'kietaviskiu-senjoru-klubas-sidabrine-gija', at: [3, '10:30'] },
    ],
  },
  {
    key: 'socialinio-verslo-pradziamokslis',
    title: 'Socialinio verslo pradžiamokslis',
    description: 'Ką reiškia socialinis verslas kaime, kaip jį finansuoti ir kaip matuoti jo poveikį.',
    kind: 'TRAINING',
    starts: [-90, '13:00'],
    ends: [-90, '17:00'],
    location: 'Kietaviškių bendruomenės namai',
    capacity: 25,
    created: [110, '10:00'],
    registrations: [
      { person: 'ona', as: 'kietaviskiu-bendruomene', at: [105, '18:00'] },
      { person: 'edita', as: 'vievio-dienos-centras-sviesa', at: [104, '09:00'] },
      { person: 'greta', as: 'vievio-bendruomene', at: [100, '20:30'] },
    ],
  },
  {
    key: 'visuotinis-susirinkimas',
    title: 'Visuotinis VVG narių susirinkimas',
    description: 'Metų veiklos ataskaita, finansinė atskaitomybė ir kvietimų planas kitiems metams.',
    kind: 'GENERAL_MEETING',
    starts: [-40, '17:00'],
    ends: [-40, '19:30'],
    location: 'Vievio kultūros centras',
    created: [60, '11:00'],
    registrations: [
      { person: 'aldona', as: 'pastrevio-kaimo-bendruomene', at: [55, '19:00'] },
      { person: 'vida', as: 'semeliskiu-bendruomene', at: [55, '20:10'] },
      { person: 'algirdas', as: 'kazokiskiu-bendruomene', at: [54, '08:00'] },
      { person: 'inga', as: 'beizioniu-kaimo-bendruomene', at: [53, '12:00'] },
      { person: 'lina', as: 'uab-vievio-duonele', at: [52, '07:40'] },
      { person: 'audrone', as: 'elektrenu-savivaldybes-administracija', at: [50, '10:00'] },
      { person: 'tadas', as: 'kietaviskiu-gimnazija', at: [48, '14:30'] },
    ],
  },
];

export type DemoCall = {
  key: string;
  number: number;
  title: string;
  measure: MeasureCode;
  opens: When;
  closes: When;
  budgetEur: number;
  status: 'DRAFT' | 'PUBLISHED' | 'DECIDED';
  created: Moment;
  criteria: readonly { title: string; maxScore: number; weight: number }[];
  applications: readonly {
    initiative: InitiativeKey;
    status: 'DRAFT' | 'SUBMITTED' | 'COMPLETION_REQUESTED' | 'INELIGIBLE' | 'PASSED_TO_EVALUATION' | 'WITHDRAWN';
    at: Moment;
  }[];
  /** Board scores: seat number → score per criterion, in criterion order. */
  evaluations?: readonly {
    initiative: InitiativeKey;
    seat: number;
    scores: readonly number[];
    at: Moment;
    comment?: string;
  }[];
};

export const CALLS: readonly DemoCall[] = [
  {
    key: 'kvietimas-6',
    number: 6,
    title: 'Kultūros paveldas ir vietos tradicijos',
    measure: 'VPS-7.2',
    opens: [-180, '09:00'],
    closes: [-120, '16:00'],
    budgetEur: 60_000,
    status: 'DECIDED',
    created: [185, '10:00'],
    criteria: [
      { title: 'Atitiktis VPS prioritetams', maxScore: 30, weight: 1 },
      { title: 'Nauda vietos gyventojams', maxScore: 40, weight: 1 },
      { title: 'Partnerystė ir sektorių įtrauka', maxScore: 30, weight: 1 },
    ],
    applications: [
      { initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves', status: 'PASSED_TO_EVALUATION', at: [140, '14:00'] },
    ],
    evaluations: [
      { initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves', seat: 1, scores: [25, 33, 24], at: [112, '10:00'] },
      {
        initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves',
        seat: 6,
        scores: [24, 32, 25],
        at: [112, '11:30'],
        comment: 'Verta daugiau įtraukti vietos verslą.',
      },
      { initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves', seat: 10, scores: [26, 31, 23], at: [111, '09:15'] },
    ],
  },
  {
    key: 'kvietimas-7',
    number: 7,
    title: 'Bendruomenių viešosios erdvės ir paslaugos',
    measure: 'VPS-7.1',
    opens: [-30, '09:00'],
    closes: [30, '16:00'],
    budgetEur: 200_000,
    status: 'PUBLISHED',
    created: [35, '10:00'],
    criteria: [
      { title: 'Atitiktis VPS prioritetams', maxScore: 20, weight: 1.5 },
      { title: 'Naudos gyventojams mastas', maxScore: 25, weight: 1 },
      { title: 'Partnerystė ir sektorių įtrauka', maxScore: 20, weight: 1 },
      { title: 'Veiklų tęstinumas po projekto', maxScore: 15, weight: 1 },
      { title: 'Biudžeto pagrįstumas', maxScore: 20, weight: 1 },
    ],
    applications: [{ initiative: 'kazokiskiu-sporto-aikstyno-atnaujinimas', status: 'SUBMITTED', at: [8, '20:10'] }],
  },
];
