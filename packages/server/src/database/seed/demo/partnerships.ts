import type { PersonKey } from './accounts.js';
import type { Moment } from './clock.js';
import type { InitiativeKey } from './initiatives.js';
import { NETWORK_JOINED_ON } from './lag.js';
import type { OrgKey, Scope } from './organisations.js';

/** A calendar date: `YYYY-MM-DD`, or a whole number of days from today (negative: past). */
export type DayRef = string | number;

export type DemoPartnership = {
  slug: string;
  title: string;
  kind: 'NETWORK_MEMBERSHIP' | 'COOPERATION_AGREEMENT' | 'MEMORANDUM' | 'JOINT_PROJECT' | 'TRANSNATIONAL_PROJECT';
  scope: Scope;
  status: 'PROSPECT' | 'NEGOTIATING' | 'ACTIVE' | 'COMPLETED' | 'ENDED';
  start?: DayRef;
  end?: DayRef;
  owner: PersonKey;
  followUp?: DayRef;
  publicDescription: string;
  internalNotes: string;
  /** When staff entered it into Telka. */
  created: Moment;
  parties: readonly { organisation: OrgKey; role: 'LEAD' | 'PARTNER' | 'MEMBER' | 'FUNDER' | 'OBSERVER' }[];
  contacts: readonly {
    key: string;
    organisation?: OrgKey;
    name: string;
    position?: string;
    email?: string;
    phone?: string;
  }[];
  /** Oldest first; `on` is when it happened, `recorded` when staff wrote it down. */
  activities: readonly {
    key: string;
    kind: 'MEETING' | 'CALL' | 'LETTER' | 'AGREEMENT_SIGNED' | 'NOTE';
    on: DayRef;
    recorded: Moment;
    by: PersonKey;
    summary: string;
    peoplePresent?: string;
  }[];
  initiatives?: readonly InitiativeKey[];
};

/** The LAG's cooperation, in every scope and status; one follow-up is overdue. */
export const PARTNERSHIPS: readonly DemoPartnership[] = [
  {
    slug: 'naryste-lietuvos-vvg-tinkle',
    title: 'Narystė Lietuvos VVG tinkle',
    kind: 'NETWORK_MEMBERSHIP',
    scope: 'NATIONAL',
    status: 'ACTIVE',
    start: NETWORK_JOINED_ON,
    owner: 'rasa',
    followUp: 21,
    publicDescription:
      'Nuo 2008 m. balandžio 14 d. Elektrėnų savivaldybės vietos veiklos grupė yra Lietuvos VVG tinklo narė: ' +
      'dalyvaujame visuotiniuose susirinkimuose, dalijamės patirtimi su kitomis VVG ir teikiame pasiūlymus dėl ' +
      'LEADER programos įgyvendinimo.',
    internalNotes:
      'Nario mokestis mokamas kasmet iki kovo 31 d. Tinklo darbo grupėje dėl supaprastintų išlaidų dalyvauja Justinas.',
    created: [418, '10:00'],
    parties: [
      { organisation: 'elektrenu-vvg', role: 'MEMBER' },
      { organisation: 'lietuvos-vvg-tinklas', role: 'LEAD' },
    ],
    contacts: [
      {
        key: 'marius',
        organisation: 'lietuvos-vvg-tinklas',
        name: 'Marius Petrulis',
        position: 'Tinklo koordinatorius',
        email: 'marius.petrulis@vvg-tinklas.example',
        phone: '+370 600 00 201',
      },
    ],
    activities: [
      {
        key: 'priemimas',
        kind: 'AGREEMENT_SIGNED',
        on: NETWORK_JOINED_ON,
        recorded: [418, '10:05'],
        by: 'rasa',
        summary: 'Elektrėnų savivaldybės vietos veiklos grupė priimta į Lietuvos VVG tinklo narius.',
      },
      {
        key: 'visuotinis',
        kind: 'MEETING',
        on: -120,
        recorded: [119, '09:30'],
        by: 'rasa',
        summary:
          'Tinklo visuotinis susirinkimas Kaune: aptartas LEADER finansavimas po 2027 m. ir VVG veiklos vertinimas.',
        peoplePresent: 'Rasa Vaitkevičiūtė, Justinas Mockus',
      },
      {
        key: 'pasiulymai',
        kind: 'LETTER',
        on: -60,
        recorded: [60, '15:00'],
        by: 'justinas',
        summary: 'Išsiųsti VVG pasiūlymai tinklui dėl supaprastintų išlaidų taikymo vietos projektams.',
      },
      {
        key: 'skambutis',
        kind: 'CALL',
        on: -12,
        recorded: [12, '11:20'],
        by: 'rasa',
        summary:
          'Su tinklo koordinatoriumi aptarta gerosios patirties konferencija; tinklas kviečia pristatyti Semeliškių amatų mugę.',
      },
    ],
  },
  {
    slug: 'amatu-keliai-be-sienu',
    title: 'Tarptautinis bendradarbiavimo projektas „Amatų keliai be sienų“',
    kind: 'TRANSNATIONAL_PROJECT',
    scope: 'INTERNATIONAL',
    status: 'ACTIVE',
    start: -300,
    end: 430,
    owner: 'justinas',
    followUp: 10,
    publicDescription:
      'Kartu su Latvijos vietos veiklos grupe „Zaļās upes partnerība“ kuriame tarptautinį amatų maršrutą: ' +
      'amatininkų mainai, bendros mugės ir edukacijos abiejose šalyse.',
    internalNotes:
      'Partnerių ataskaitos terminas – kiekvieno ketvirčio 10 d. Latvijos pusė vėluoja su išlaidų suvestine; ' +
      'kitame skambutyje priminti.',
    created: [305, '14:00'],
    parties: [
      { organisation: 'elektrenu-vvg', role: 'LEAD' },
      { organisation: 'zalas-upes-partneriba', role: 'PARTNER' },
      { organisation: 'semeliskiu-amatininku-draugija', role: 'PARTNER' },
    ],
    contacts: [
      {
        key: 'laura',
        organisation: 'zalas-upes-partneriba',
        name: 'Laura Bērziņa',
        position: 'Projektų koordinatorė',
        email: 'laura.berzina@zalas-upes.example',
        phone: '+371 2000 0001',
      },
      {
        key: 'rimantas',
        organisation: 'semeliskiu-amatininku-draugija',
        name: 'Rimantas Žukauskas',
        position: 'Draugijos vadovas',
        email: 'amatai@semeliskes.example',
      },
    ],
    activities: [
      {
        key: 'pirmas-skambutis',
        kind: 'CALL',
        on: -320,
        recorded: [305, '14:10'],
        by: 'justinas',
        summary: 'Pirmasis pokalbis su Latvijos VVG: sutarta rengti bendrą amatų projektą.',
      },
      {
        key: 'sutartis',
        kind: 'AGREEMENT_SIGNED',
        on: -300,
        recorded: [299, '10:00'],
        by: 'justinas',
        summary: 'Pasirašyta tarptautinio bendradarbiavimo sutartis; Elektrėnų VVG – projekto koordinatorė.',
      },
      {
        key: 'vizitas-latvijoje',
        kind: 'MEETING',
        on: -150,
        recorded: [148, '19:00'],
        by: 'justinas',
        summary: 'Semeliškių amatininkų vizitas Latvijoje: dirbtuvės ir mugės planavimas.',
        peoplePresent: 'Justinas Mockus, Rimantas Žukauskas, Aldona Petrauskienė, Laura Bērziņa',
      },
      {
        key: 'priminimas',
        kind: 'NOTE',
        on: -15,
        recorded: [15, '16:45'],
        by: 'justinas',
        summary: 'Laukiame Latvijos partnerių trečiojo ketvirčio išlaidų suvestinės.',
      },
    ],
    initiatives: ['semeliskiu-amatu-muge-ir-kalvystes-kiemas', 'beizioniu-vasara-ir-tradiciju-dirbtuves'],
  },
  {
    slug: 'memorandumas-del-kaimo-jaunimo-uzimtumo',
    title: 'Memorandumas su Elektrėnų savivaldybės administracija dėl kaimo jaunimo užimtumo',
    kind: 'MEMORANDUM',
    scope: 'LOCAL',
    status: 'ACTIVE',
    start: -540,
    end: 190,
    owner: 'rasa',
    followUp: 45,
    publicDescription:
      'VVG ir savivaldybės administracija susitarė derinti jaunimo užimtumo veiklas kaimo vietovėse: ' +
      'savivaldybė prisideda patalpomis ir transportu, VVG – mokymais ir vietos projektų parama.',
    internalNotes: 'Memorandumo vykdymą kas pusmetį aptariame su Kaimo reikalų skyriumi.',
    created: [414, '11:00'],
    parties: [
      { organisation: 'elektrenu-vvg', role: 'PARTNER' },
      { organisation: 'elektrenu-savivaldybes-administracija', role: 'PARTNER' },
    ],
    contacts: [
      {
        key: 'audrone',
        organisation: 'elektrenu-savivaldybes-administracija',
        name: 'Audronė Sabaliauskienė',
        position: 'Kaimo reikalų skyriaus vedėja',
        email: 'kaimo-reikalai@elektrenai.example',
        phone: '+370 600 00 202',
      },
    ],
    activities: [
      {
        key: 'pasirasymas',
        kind: 'AGREEMENT_SIGNED',
        on: -540,
        recorded: [414, '11:05'],
        by: 'rasa',
        summary: 'Pasirašytas memorandumas dėl kaimo jaunimo užimtumo.',
      },
      {
        key: 'pusmecio-aptarimas',
        kind: 'MEETING',
        on: -75,
        recorded: [75, '13:00'],
        by: 'rasa',
        summary:
          'Pusmečio aptarimas: jaunimo iniciatyvų mokykla vyksta pagal planą, savivaldybė skirs autobusą išvykoms.',
        peoplePresent: 'Rasa Vaitkevičiūtė, Audronė Sabaliauskienė',
      },
    ],
    initiatives: ['jaunimo-iniciatyvu-mokykla-elektrenu-krasto-kaimuose'],
  },
  {
    slug: 'bendradarbiavimas-su-leader-jarvimaa',
    title: 'Bendradarbiavimas su Suomijos VVG „Leader Järvimaa“ kaimo turizmo srityje',
    kind: 'COOPERATION_AGREEMENT',
    scope: 'INTERNATIONAL',
    status: 'NEGOTIATING',
    owner: 'justinas',
    followUp: 7,
    publicDescription:
      'Deramės dėl bendradarbiavimo su Suomijos ežerų krašto VVG: kaimo turizmo sodybų patirties mainai ir ' +
      'bendras vandens turizmo maršrutų projektas.',
    internalNotes:
      'Suomiai siūlo pradėti nuo studijų vizito pavasarį. Reikia patikrinti, ar kelionės išlaidos tinkamos pagal VPS-8.1.',
    created: [58, '10:00'],
    parties: [
      { organisation: 'elektrenu-vvg', role: 'PARTNER' },
      { organisation: 'leader-jarvimaa', role: 'PARTNER' },
    ],
    contacts: [
      {
        key: 'mikko',
        organisation: 'leader-jarvimaa',
        name: 'Mikko Järvinen',
        position: 'Toiminnanjohtaja (vadovas)',
        email: 'mikko.jarvinen@jarvimaa.example',
        phone: '+358 40 000 0001',
      },
    ],
    activities: [
      {
        key: 'laiskas',
        kind: 'LETTER',
        on: -58,
        recorded: [58, '10:05'],
        by: 'justinas',
        summary: 'Išsiųstas kvietimas bendradarbiauti ir VVG pristatymas anglų kalba.',
      },
      {
        key: 'vaizdo-skambutis',
        kind: 'CALL',
        on: -30,
        recorded: [30, '15:30'],
        by: 'justinas',
        summary: 'Vaizdo skambutis su Mikko Järvinen: aptarta sutarties apimtis ir studijų vizito datos.',
      },
    ],
  },
  {
    slug: 'strevos-slenio-dviraciu-marsrutas',
    title: 'Bendras projektas su Strėvos slėnio VVG: dviračių maršrutas',
    kind: 'JOINT_PROJECT',
    scope: 'NATIONAL',
    status: 'PROSPECT',
    owner: 'rasa',
    followUp: -4,
    publicDescription:
      'Svarstome su kaimynine Strėvos slėnio VVG sukurti dviračių maršrutą Strėvos slėniu, sujungtą su ' +
      'Semeliškių piliakalnio pažintiniu taku.',
    internalNotes: 'Dainius laukia mūsų skambučio dėl pirmojo susitikimo datos. Nepamiršti!',
    created: [28, '09:00'],
    parties: [
      { organisation: 'elektrenu-vvg', role: 'PARTNER' },
      { organisation: 'strevos-slenio-vvg', role: 'PARTNER' },
    ],
    contacts: [
      {
        key: 'dainius',
        organisation: 'strevos-slenio-vvg',
        name: 'Dainius Lukoševičius',
        position: 'Pirmininkas',
        email: 'info@strevos-slenis.example',
        phone: '+370 600 00 203',
      },
    ],
    activities: [
      {
        key: 'pastaba',
        kind: 'NOTE',
        on: -28,
        recorded: [28, '09:05'],
        by: 'rasa',
        summary: 'Strėvos slėnio VVG pirmininkas diskusijoje pasiūlė sujungti maršrutus – verta išsiaiškinti.',
      },
    ],
    initiatives: ['semeliskiu-piliakalnio-pazintinis-takas'],
  },
  {
    slug: 'bendruomeniu-lyderiu-mokymai',
    title: 'Bendruomenių lyderių mokymai su Elektrėnų kultūros centru',
    kind: 'JOINT_PROJECT',
    scope: 'LOCAL',
    status: 'COMPLETED',
    start: -400,
    end: -200,
    owner: 'rasa',
    publicDescription:
      'Kartu su Elektrėnų kultūros centru surengėme šešis mokymus bendruomenių lyderiams: projektų valdymas, ' +
      'savanorių telkimas, renginių organizavimas.',
    internalNotes: 'Dalyvių vertinimas – 4,7 iš 5. Kultūros centras pasirengęs kartoti.',
    created: [400, '12:00'],
    parties: [
      { organisation: 'elektrenu-vvg', role: 'LEAD' },
      { organisation: 'elektrenu-kulturos-centras', role: 'PARTNER' },
    ],
    contacts: [
      {
        key: 'paulius',
        organisation: 'elektrenu-kulturos-centras',
        name: 'Paulius Grigas',
        position: 'Renginių organizatorius',
        email: 'renginiai@kultura-elektrenai.example',
      },
    ],
    activities: [
      {
        key: 'sutarta',
        kind: 'AGREEMENT_SIGNED',
        on: -400,
        recorded: [400, '12:05'],
        by: 'rasa',
        summary: 'Sutarta dėl bendrų mokymų ciklo ir salės naudojimo.',
      },
      {
        key: 'baigiamasis',
        kind: 'MEETING',
        on: -200,
        recorded: [200, '17:00'],
        by: 'rasa',
        summary: 'Baigiamasis susitikimas: įteikti pažymėjimai 31 dalyviui.',
        peoplePresent: 'Rasa Vaitkevičiūtė, Paulius Grigas',
      },
    ],
  },
  {
    slug: 'ukininku-konsultavimo-sutartis',
    title: 'Ūkininkų konsultavimo sutartis su UAB „Agroinovacijos“',
    kind: 'COOPERATION_AGREEMENT',
    scope: 'NATIONAL',
    status: 'ENDED',
    start: '2019-03-01',
    end: '2022-02-28',
    owner: 'rasa',
    publicDescription:
      '2019–2022 m. bendrovė konsultavo VVG narius ūkininkus verslo planų ir paraiškų rengimo klausimais.',
    internalNotes: 'Sutartis nutraukta abiejų šalių sutarimu, kai konsultacijas ėmė teikti tinklas.',
    created: [390, '09:00'],
    parties: [
      { organisation: 'elektrenu-vvg', role: 'PARTNER' },
      { organisation: 'uab-agroinovacijos', role: 'PARTNER' },
    ],
    contacts: [
      {
        key: 'biuras',
        organisation: 'uab-agroinovacijos',
        name: 'Bendrovės biuras',
        email: 'info@agroinovacijos.example',
      },
    ],
    activities: [
      {
        key: 'pabaiga',
        kind: 'NOTE',
        on: '2022-02-28',
        recorded: [390, '09:10'],
        by: 'rasa',
        summary: 'Sutartis pasibaigė; įrašyta į Telką iš popierinio archyvo.',
      },
    ],
  },
];
