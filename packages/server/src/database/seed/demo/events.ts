import type { PersonKey } from './accounts.js';
import type { Moment, WallTime } from './clock.js';
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
