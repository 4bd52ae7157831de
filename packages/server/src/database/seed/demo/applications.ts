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
  /** The documents attached by `by`, each before the first submission (a version freezes them). */
  annexes: readonly DemoAnnex[];
};

/**
 * A document given to the application: a one-page PDF (pdf.ts) headed with its title, under which
 * stand the applicant, the project and the call, then its own lines.
 */
export type DemoAnnex = {
  /** The call's annex it is for, by its position from 1 (calls.ts); absent for an extra document. */
  for?: number;
  /** Its heading: the call annex's title when absent (an extra document needs one). */
  title?: string;
  /** The name it was uploaded under, as an upload keeps it (files/file-types.ts `safeFileName`). */
  file: string;
  /** Its text under the heading; an empty line leaves a gap. */
  lines: readonly string[];
  at: Moment;
};

/**
 * Applications to calls: call 7 open with a draft being written, one submitted, one returned for
 * completion and one passed to evaluation (the compliance story adds its rounds and checklist);
 * call 6's application that the board scored. Call 7 asks (calls.ts): 1 how many residents
 * benefit, 2 for which groups, 3 whether use is free, 4 how the activities continue. Each has the
 * annexes its call requires (for both calls: 1 the estimate, 2 three price quotes, 3 the community's
 * decision), some an optional one (call 7's 4 the right to use the site, 5 partnership agreements)
 * or an extra document, as the compliance findings tell of them: Vievis' quotes are one per item
 * for its floor and lighting and its hall's lease is missing, which is why it was returned.
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
    annexes: [
      {
        for: 1,
        file: 'Sąmata.pdf',
        lines: [
          '1. Amatų dirbtuvių medžiagos: vytelės, verbų žolynai, sūrio formos – 1 900 Eur',
          '2. Folkloro ansamblių ir dirbtuvių meistrų honorarai – 2 600 Eur',
          '3. Scenos ir įgarsinimo nuoma – 2 300 Eur',
          '4. Turgelio palapinės, stalai ir suolai – 1 400 Eur',
          '5. Šventės sklaida: plakatai, skrajutės, skelbimai – 800 Eur',
          '',
          'Iš viso tinkamų finansuoti išlaidų: 9 000 Eur.',
        ],
        at: [147, '20:00'],
      },
      {
        for: 2,
        file: 'Komerciniai pasiūlymai.pdf',
        lines: [
          'Scenos ir įgarsinimo nuoma: MB „Scenos meistrai“ – 2 300 Eur, UAB „Garso banga“ – 2 650 Eur, IĮ „Aidas“ – 2 780 Eur.',
          'Palapinės, stalai ir suolai: UAB „Renginių tentai“ – 1 400 Eur, MB „Mugė“ – 1 520 Eur, IĮ „Kiemas“ – 1 610 Eur.',
          'Dirbtuvių medžiagos: trys vietos amatininkų pasiūlymai, pigiausias – 1 900 Eur.',
          '',
          'Visur pasirinktas mažiausios kainos pasiūlymas. Pasiūlymų originalai saugomi bendruomenėje.',
        ],
        at: [145, '19:30'],
      },
      {
        for: 3,
        file: 'Susirinkimo protokolas.pdf',
        lines: [
          'Visuotinis bendruomenės narių susirinkimas. Dalyvavo 36 nariai iš 52, kvorumas yra.',
          '',
          'Nutarta: teikti paraišką kvietimui Nr. 6, savanorių darbu prisidėti prie šventės rengimo ir dirbtuves rengti kasmet.',
          'Balsavo: už – 34, prieš – 0, susilaikė – 2.',
          '',
          'Susirinkimo pirmininkė Inga Balčiūnienė',
        ],
        at: [144, '18:00'],
      },
      {
        title: 'Šventės „Beižionių vasara“ ir dirbtuvių programa',
        file: 'Šventės programa.pdf',
        lines: [
          'Šeštadienis',
          '10.00 verbų rišimo ir vytelių pynimo dirbtuvės jaunimui',
          '13.00 sūrio spaudimas su ekologinio ūkio „Žalias slėnis“ šeimininkais',
          '18.00 folkloro ansamblių vakaronė',
          '',
          'Sekmadienis',
          '10.00 vietos ūkininkų turgelis',
        ],
        at: [143, '21:10'],
      },
    ],
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
    annexes: [
      {
        for: 1,
        file: 'Sąmata.pdf',
        lines: [
          '1. 20 kW saulės elektrinė su montavimu ir prijungimu prie tinklo – 27 500 Eur',
          '2. LED šviestuvai salei (24 vnt.) ir jų įrengimas – 6 200 Eur',
          '3. Atvira diena apie atsinaujinančią energiją – 1 800 Eur',
          '4. Informacinė lenta ir lankstinukai – 2 000 Eur',
          '',
          'Iš viso tinkamų finansuoti išlaidų: 37 500 Eur.',
        ],
        at: [5, '21:00'],
      },
      {
        for: 2,
        file: 'Komerciniai pasiūlymai.pdf',
        lines: [
          'Saulės elektrinė: UAB „Saulės laukas“ – 27 500 Eur, UAB „Žalia srovė“ – 28 900 Eur, UAB „Fotonas“ – 29 400 Eur.',
          'LED šviestuvai: UAB „Šviesos linija“ – 6 200 Eur, MB „Lempa“ – 6 480 Eur, UAB „Elektra namams“ – 6 900 Eur.',
          '',
          'Visur pasirinktas mažiausios kainos pasiūlymas.',
        ],
        at: [3, '19:30'],
      },
      {
        for: 3,
        title: 'Bendruomenės valdybos posėdžio protokolas',
        file: 'Valdybos posėdžio protokolas.pdf',
        lines: [
          'Bendruomenės valdybos posėdis. Dalyvavo visi 7 valdybos nariai.',
          '',
          'Nutarta: teikti paraišką kvietimui Nr. 7, prisidėti prie projekto 20 % lėšų ir prižiūrėti elektrinę bent penkerius metus po projekto pabaigos.',
          'Balsavo vienbalsiai.',
          '',
          'Posėdžio pirmininkė Aldona Petrauskienė',
        ],
        at: [2, '20:15'],
      },
      {
        for: 5,
        title: 'Ketinimų protokolas dėl bendradarbiavimo',
        file: 'Ketinimų protokolas su Ąžuolų pavėsiu.pdf',
        lines: [
          'Šalys: Pastrėvio kaimo bendruomenė ir IĮ „Ąžuolų pavėsis“.',
          '',
          'Sodyba „Ąžuolų pavėsis“ savo patalpose ir lėšomis surengs atvirą dieną apie atsinaujinančią energiją, o bendruomenė pakvies gyventojus ir parengs pristatymą apie elektrinės naudą.',
        ],
        at: [2, '20:40'],
      },
    ],
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
    annexes: [
      {
        for: 1,
        file: 'Sąmata.pdf',
        lines: [
          '1. Guminė danga krepšinio ir tinklinio aikštelėms (820 kv. m) – 13 800 Eur',
          '2. Šeši lauko treniruokliai su pagrindais – 6 000 Eur',
          '3. Saulės energija maitinamas apšvietimas (6 stulpai) – 4 200 Eur',
          '',
          'Iš viso tinkamų finansuoti išlaidų: 24 000 Eur.',
        ],
        at: [11, '20:00'],
      },
      {
        for: 2,
        file: 'Komerciniai pasiūlymai.pdf',
        lines: [
          'Guminė danga: UAB „Sporto dangos“ – 13 800 Eur, UAB „Aikštė“ – 14 250 Eur, MB „Tartanas“ – 14 900 Eur.',
          'Lauko treniruokliai: UAB „Judėk“ – 6 000 Eur, UAB „Lauko sportas“ – 6 300 Eur, IĮ „Stiprus“ – 6 450 Eur.',
          'Apšvietimas: UAB „Saulės šviesa“ – 4 200 Eur, UAB „Lumenas“ – 4 390 Eur, MB „Žibintas“ – 4 600 Eur.',
          '',
          'Visur pasirinktas mažiausios kainos pasiūlymas.',
        ],
        at: [10, '21:15'],
      },
      {
        for: 3,
        file: 'Susirinkimo protokolas.pdf',
        lines: [
          'Visuotinis bendruomenės narių susirinkimas. Dalyvavo 41 narys iš 63, kvorumas yra.',
          '',
          'Nutarta: teikti paraišką kvietimui Nr. 7, prisidėti prie projekto nario mokesčio lėšomis ir savanorių talkomis, prižiūrėti aikštyną bent penkerius metus po projekto pabaigos.',
          'Balsavo: už – 39, prieš – 1, susilaikė – 1.',
          '',
          'Susirinkimo pirmininkas Algirdas Urbonas',
        ],
        at: [9, '19:00'],
      },
      {
        for: 4,
        title: 'Žemės sklypo panaudos sutartis',
        file: 'Panaudos sutartis.pdf',
        lines: [
          'Šalys: Elektrėnų savivaldybės administracija (panaudos davėja) ir Kazokiškių bendruomenė (panaudos gavėja).',
          '',
          'Panaudos davėja perduoda neatlygintinai naudotis sporto aikštyno sklypu (0,24 ha) bendruomenės sporto ir laisvalaikio reikmėms.',
          'Sutartis galioja 15 metų nuo pasirašymo.',
        ],
        at: [9, '19:20'],
      },
    ],
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
    annexes: [
      {
        for: 1,
        file: 'Sąmata.pdf',
        lines: [
          '1. Grindų danga (140 kv. m) su pagrindo išlyginimu – 11 200 Eur',
          '2. Apšvietimas ir elektros instaliacija – 6 800 Eur',
          '3. Įgarsinimo įranga – 3 200 Eur',
          '4. Scenos įrengimas – 7 600 Eur',
          '5. 80 sudedamų kėdžių – 3 200 Eur',
          '',
          'Iš viso tinkamų finansuoti išlaidų: 32 000 Eur.',
        ],
        at: [14, '19:00'],
      },
      {
        for: 2,
        file: 'Komerciniai pasiūlymai.pdf',
        lines: [
          'Grindų danga: UAB „Parketo namai“ – 11 200 Eur.',
          'Apšvietimas: UAB „Elektros darbai“ – 6 800 Eur.',
          'Įgarsinimo įranga: UAB „Garso banga“ – 3 200 Eur, MB „Akustika“ – 3 350 Eur, UAB „Salės technika“ – 3 480 Eur.',
          'Kėdės: UAB „Baldų centras“ – 3 200 Eur, UAB „Sėsk“ – 3 360 Eur, IĮ „Kėdžių dirbtuvė“ – 3 500 Eur.',
        ],
        at: [13, '20:30'],
      },
      {
        for: 3,
        file: 'Susirinkimo protokolas.pdf',
        lines: [
          'Visuotinis bendruomenės narių susirinkimas. Dalyvavo 58 nariai iš 90, kvorumas yra.',
          '',
          'Nutarta: teikti paraišką kvietimui Nr. 7, salės išlaikymą dengti renginių nuomos pajamomis.',
          'Balsavo: už – 55, prieš – 0, susilaikė – 3.',
          '',
          'Susirinkimo pirmininkė Greta Kairytė',
        ],
        at: [13, '20:45'],
      },
    ],
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
    annexes: [
      {
        for: 1,
        file: 'Sąmata.pdf',
        lines: [
          '1. Žaidimų kompleksas su sūpynėmis ir smėlio dėže – 9 800 Eur',
          '2. Pavėsinė su suolais tėvams – 3 900 Eur',
          '3. Takelis ir sūpynės vaikams su negalia – 3 500 Eur',
          '4. Saugi danga ir informacinė lenta – 800 Eur',
          '',
          'Iš viso tinkamų finansuoti išlaidų: 18 000 Eur.',
        ],
        at: [23, '09:00'],
      },
      {
        for: 2,
        file: 'Komerciniai pasiūlymai.pdf',
        lines: [
          'Žaidimų kompleksas: UAB „Vaikystės kiemas“ – 9 800 Eur, UAB „Žaismas“ – 10 150 Eur, MB „Sūpuoklė“ – 10 400 Eur.',
          'Pavėsinė: IĮ „Medžio meistrai“ – 3 900 Eur, UAB „Pavėsinės“ – 4 120 Eur, MB „Kalvė“ – 4 300 Eur.',
          'Pritaikyti įrenginiai: UAB „Visiems“ – 3 500 Eur, UAB „Žaismas“ – 3 690 Eur, UAB „Judra“ – 3 760 Eur.',
          '',
          'Visur pasirinktas mažiausios kainos pasiūlymas.',
        ],
        at: [22, '10:30'],
      },
      {
        for: 3,
        file: 'Susirinkimo protokolas.pdf',
        lines: [
          'Visuotinis bendruomenės narių susirinkimas. Dalyvavo 47 nariai iš 80, kvorumas yra.',
          '',
          'Nutarta: teikti paraišką kvietimui Nr. 7, prisidėti savanorių darbu ir kartu su seniūnija prižiūrėti aikštelę bent penkerius metus po projekto pabaigos.',
          'Balsavo vienbalsiai.',
          '',
          'Susirinkimo pirmininkė Vida Kazlauskienė',
        ],
        at: [22, '11:00'],
      },
      {
        for: 4,
        title: 'Žemės sklypo panaudos sutartis',
        file: 'Panaudos sutartis.pdf',
        lines: [
          'Šalys: Elektrėnų savivaldybės administracija (panaudos davėja) ir Semeliškių bendruomenė (panaudos gavėja).',
          '',
          'Panaudos davėja perduoda neatlygintinai naudotis paplūdimio sklypo dalimi (0,12 ha) prie Semeliškių ežero vaikų žaidimų aikštelei įrengti.',
          'Sutartis galioja iki 2036 m. gruodžio 31 d.',
        ],
        at: [21, '18:00'],
      },
      {
        title: 'Semeliškių seniūnijos raštas dėl aikštelės priežiūros',
        file: 'Seniūnijos raštas.pdf',
        lines: [
          'Seniūnija įsipareigoja kasmet tikrinti aikštelės įrenginių būklę, pjauti žolę ir išvežti atliekas.',
          'Bendruomenė organizuos pavasario ir rudens talkas bei smulkų įrenginių remontą.',
        ],
        at: [21, '18:10'],
      },
    ],
  },
];
