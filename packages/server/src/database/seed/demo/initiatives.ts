import type { InitiativeStatus as InitiativeStatusEnum } from '../../../initiatives/initiative.enums.js';
import type { EldershipCode, ThemeCode } from '../reference.js';
import type { PersonKey } from './accounts.js';
import type { Moment } from './clock.js';
import type { MeasureCode } from './lag.js';
import type { OrgKey } from './organisations.js';

/** A status as the demo data spells it; which moves are legal is the server's lifecycle (validate.ts). */
export type InitiativeStatus = `${InitiativeStatusEnum}`;

export type DemoStatusChange = { to: InitiativeStatus; at: Moment; by: PersonKey; reason: string };
export type DemoCoProposer = {
  organisation: OrgKey;
  status: 'INVITED' | 'ACCEPTED' | 'DECLINED';
  invitedBy: PersonKey;
  invited: Moment;
  respondedBy?: PersonKey;
  responded?: Moment;
};
export type DemoEndorsement = { organisation: OrgKey; by: PersonKey; at: Moment; note?: string };

export type DemoInitiative = {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  lead: OrgKey;
  author: PersonKey;
  measure?: MeasureCode;
  eldership?: EldershipCode;
  themes: readonly ThemeCode[];
  estimatedEur: number;
  requestedEur: number;
  created: Moment;
  /** Every move after the draft, oldest first; the last one is the current status. */
  history: readonly DemoStatusChange[];
  coProposers?: readonly DemoCoProposer[];
  endorsements?: readonly DemoEndorsement[];
};

const SUBMIT = 'Paraiška pateikta VVG vertinimui.';
const REVIEW = 'Paraiška atitinka formaliuosius reikalavimus, pradedamas tinkamumo ir naudos vertinimas.';

/** Two or three initiatives in every status, in the elderships' own voice. */
export const INITIATIVES = [
  // ── DRAFT ────────────────────────────────────────────────────────────────────────────
  {
    slug: 'pastrevio-bendruomenes-namu-saules-elektrine',
    title: 'Saulės elektrinė ant Pastrėvio bendruomenės namų stogo',
    summary:
      'Įrengti 20 kW saulės elektrinę bendruomenės namuose, kad sutaupytos lėšos liktų vaikų ir senjorų užimtumui.',
    body: `## Kodėl to reikia

Pastrėvio bendruomenės namuose kasdien veikia biblioteka, sporto salė ir vaikų užimtumo programa. Per šildymo sezoną už elektrą mokame daugiau nei 400 Eur per mėnesį – tai didžiausia bendruomenės išlaidų eilutė.

## Ką darysime

- įrengsime 20 kW saulės elektrinę ant pietinio stogo šlaito;
- pakeisime apšvietimą salėje į LED šviestuvus;
- kartu su sodyba „Ąžuolų pavėsis“ surengsime atvirą dieną apie atsinaujinančią energiją.

## Nauda

Sutaupytos lėšos (apie 3 000 Eur per metus) bus skirtos vaikų vasaros stovyklai ir senjorų popietėms.`,
    lead: 'pastrevio-kaimo-bendruomene',
    author: 'aldona',
    measure: 'VPS-7.1',
    eldership: 'pastrevio',
    themes: ['INFRASTRUCTURE', 'ENVIRONMENT'],
    estimatedEur: 38_000,
    requestedEur: 30_000,
    created: [6, '19:40'],
    history: [],
    coProposers: [{ organisation: 'ii-azuolu-pavesis', status: 'INVITED', invitedBy: 'aldona', invited: [5, '09:10'] }],
  },
  {
    slug: 'skaitmeninio-rastingumo-kursai-senjorams-kietaviskese',
    title: 'Skaitmeninio raštingumo kursai senjorams Kietaviškėse',
    summary: 'Gimnazistai savanoriai išmokys senjorus naudotis išmaniuoju telefonu, el. bankininkyste ir e. sveikata.',
    body: `## Idėja

Daugelis Kietaviškių senjorų gavo išmaniuosius telefonus iš anūkų, bet nedrįsta jais naudotis: užsiregistruoti pas gydytoją, susimokėti už komunalines paslaugas ar paskambinti vaizdo skambučiu.

## Kaip vyks

1. Dešimt užsiėmimų bendruomenės namuose, po dvi valandas.
2. Kiekvienam senjorui – gimnazistas savanoris „skaitmeninis anūkas“.
3. Paprasta atmintinė didelėmis raidėmis, kurią dalyviai pasiims namo.

*Juodraštis: dar tiksliname sąmatą su gimnazija.*`,
    lead: 'kietaviskiu-bendruomene',
    author: 'ona',
    measure: 'VPS-6.1',
    eldership: 'kietaviskiu',
    themes: ['EDUCATION', 'SOCIAL_SUPPORT'],
    estimatedEur: 6_500,
    requestedEur: 5_800,
    created: [12, '14:05'],
    history: [],
    coProposers: [
      { organisation: 'kietaviskiu-gimnazija', status: 'INVITED', invitedBy: 'ona', invited: [11, '08:30'] },
    ],
  },
  {
    slug: 'semeliskiu-amatu-dirbtuves-vaikams',
    title: 'Amatų dirbtuvės vaikams Semeliškėse vasarą',
    summary: 'Dviejų savaičių vasaros dirbtuvės: audimas, puodininkystė, medžio drožyba su vietos meistrais.',
    body: `## Ką siūlome

Vasaros atostogų metu Semeliškių vaikai dažnai neturi kur prasmingai praleisti laiko. Draugijos meistrai kviečia juos į dirbtuves:

- **audimas** staklėmis ir juostų pynimas;
- **puodininkystė** – nuo molio minkymo iki degimo krosnyje;
- **medžio drožyba** – šaukštai, paukšteliai, švilpynės.

Dirbtuvių pabaigoje – darbų paroda Semeliškių dienų metu. Kviečiame Pastrėvio bendruomenę prisijungti ir atvežti savo vaikus.`,
    lead: 'semeliskiu-amatininku-draugija',
    author: 'rimantas',
    measure: 'VPS-7.2',
    eldership: 'semeliskiu',
    themes: ['CULTURE', 'EDUCATION'],
    estimatedEur: 4_800,
    requestedEur: 4_300,
    created: [4, '17:20'],
    history: [],
    coProposers: [
      { organisation: 'pastrevio-kaimo-bendruomene', status: 'INVITED', invitedBy: 'rimantas', invited: [3, '10:00'] },
    ],
  },

  // ── SUBMITTED ────────────────────────────────────────────────────────────────────────
  {
    slug: 'vievio-duonos-kelias',
    title: 'Vievio duonos kelias: amatinės kepyklos edukacijos lankytojams',
    summary:
      'Kepykloje įrengti edukacijų erdvę, kurioje lankytojai kepa ruginę duoną su raugu ir sužino krašto duonos tradicijas.',
    body: `## Problema

Vievio kepykla kasdien sulaukia klausimų, ar galima pamatyti, kaip kepama duona. Šiandien neturime saugios erdvės grupėms, todėl atsisakome ekskursijų.

## Sprendimas

- įrengsime atskirą edukacijų erdvę su dviem darbo stalais ir malkine krosnimi;
- kartu su Vievio kultūros centru parengsime programą „Nuo grūdo iki kepalo“;
- programą įtrauksime į krašto turizmo maršrutus.

## Rezultatai

| rodiklis | tikslas |
| --- | --- |
| edukacijų per metus | 120 |
| naujos darbo vietos | 2 |
| lankytojų per metus | 2 400 |`,
    lead: 'uab-vievio-duonele',
    author: 'lina',
    measure: 'VPS-2.1',
    eldership: 'vievio',
    themes: ['BUSINESS', 'TOURISM', 'EDUCATION'],
    estimatedEur: 42_000,
    requestedEur: 25_200,
    created: [30, '10:00'],
    history: [{ to: 'SUBMITTED', at: [21, '15:30'], by: 'lina', reason: SUBMIT }],
    coProposers: [
      {
        organisation: 'vievio-kulturos-centras',
        status: 'ACCEPTED',
        invitedBy: 'lina',
        invited: [29, '11:00'],
        respondedBy: 'jurgita',
        responded: [28, '09:15'],
      },
    ],
    endorsements: [
      {
        organisation: 'vievio-bendruomene',
        by: 'greta',
        at: [19, '18:00'],
        note: 'Vievio gyventojai laukia tokios vietos – mielai atvesime kaimynus.',
      },
      {
        organisation: 'elektrenu-turizmo-informacijos-centras',
        by: 'paulius',
        at: [15, '10:20'],
        note: 'Įtrauksime į krašto maršrutų leidinį.',
      },
      { organisation: 'asociacija-kaimo-ateitis', by: 'dainius', at: [9, '12:00'] },
    ],
  },
  {
    slug: 'kazokiskiu-sporto-aikstyno-atnaujinimas',
    title: 'Kazokiškių bendruomenės sporto aikštyno atnaujinimas',
    summary: 'Atnaujinti krepšinio ir tinklinio aikšteles, įrengti lauko treniruoklius ir apšvietimą vakarams.',
    body: `## Dabartinė padėtis

Aikštynas įrengtas prieš dvidešimt metų talkos būdu. Danga sutrūkinėjusi, krepšinio lankai surūdiję, vakare aikštynas neapšviestas.

## Ką darysime

1. Nauja guminė danga krepšinio ir tinklinio aikštelėms.
2. Šeši lauko treniruokliai visoms amžiaus grupėms.
3. Saulės energija maitinamas apšvietimas iki 22 val.

Bendruomenė prisidės savanorišku darbu: aikštyno paruošimu ir priežiūra.`,
    lead: 'kazokiskiu-bendruomene',
    author: 'algirdas',
    measure: 'VPS-7.1',
    eldership: 'kazokiskiu',
    themes: ['SPORT', 'INFRASTRUCTURE'],
    estimatedEur: 24_000,
    requestedEur: 19_200,
    created: [25, '18:45'],
    history: [{ to: 'SUBMITTED', at: [8, '20:10'], by: 'algirdas', reason: 'Teikiame paraišką kvietimui Nr. 7.' }],
    endorsements: [
      {
        organisation: 'kazokiskiu-biblioteka',
        by: 'ruta',
        at: [7, '09:00'],
        note: 'Aikštynas – vienintelė vieta, kur vakarais renkasi jaunimas.',
      },
      {
        organisation: 'vievio-sporto-klubas-streva',
        by: 'simona',
        at: [5, '16:00'],
        note: 'Surengsime čia tinklinio turnyrą.',
      },
    ],
  },

  // ── COMPLETION_REQUESTED ─────────────────────────────────────────────────────────────
  {
    slug: 'vievio-bendruomenes-namu-sales-atnaujinimas',
    title: 'Vievio bendruomenės namų salės atnaujinimas',
    summary: 'Atnaujinti bendruomenės namų salę: grindys, apšvietimas, scena ir kėdės renginiams iki 80 žmonių.',
    body: `## Kodėl to reikia

Bendruomenės namų salėje vyksta susirinkimai, vaikų vasaros stovyklos ir šventės, tačiau grindys sutrūkinėjusios, o šviestuvai – dar sovietiniai.

## Ką darysime

- pakeisime grindų dangą ir apšvietimą;
- įrengsime nedidelę sceną ir įgarsinimą;
- įsigysime 80 sudedamų kėdžių.

Remontą prižiūrės bendruomenės valdyba, o kėdes ir sceną nemokamai galės naudoti visos Vievio organizacijos.`,
    lead: 'vievio-bendruomene',
    author: 'greta',
    measure: 'VPS-7.1',
    eldership: 'vievio',
    themes: ['CULTURE', 'INFRASTRUCTURE'],
    estimatedEur: 32_000,
    requestedEur: 25_600,
    created: [21, '19:30'],
    history: [
      { to: 'SUBMITTED', at: [12, '18:40'], by: 'greta', reason: 'Teikiame paraišką kvietimui Nr. 7.' },
      {
        to: 'COMPLETION_REQUESTED',
        at: [4, '10:15'],
        by: 'rasa',
        reason: 'Prašome patikslinti paraišką: trūksta komercinių pasiūlymų.',
      },
    ],
  },

  // ── UNDER_REVIEW ─────────────────────────────────────────────────────────────────────
  {
    slug: 'semeliskiu-vaiku-zaidimu-aikstele-prie-ezero',
    title: 'Vaikų žaidimų aikštelė prie Semeliškių ežero',
    summary: 'Įrengti saugią vaikų žaidimų aikštelę paplūdimyje, su pavėsine tėvams ir pritaikymu vaikams su negalia.',
    body: `## Ką darysime

Semeliškių paplūdimyje vasarą ilsisi šimtai šeimų, bet vaikams žaisti nėra kur. Įrengsime:

1. žaidimų kompleksą su sūpynėmis ir smėlio dėže;
2. pavėsinę su suolais tėvams;
3. takelį ir supynes, pritaikytas vaikams su negalia.

Aikštelę prižiūrės bendruomenė kartu su seniūnija.`,
    lead: 'semeliskiu-bendruomene',
    author: 'vida',
    measure: 'VPS-7.1',
    eldership: 'semeliskiu',
    themes: ['SPORT', 'INFRASTRUCTURE'],
    estimatedEur: 18_000,
    requestedEur: 14_400,
    created: [27, '09:20'],
    history: [
      { to: 'SUBMITTED', at: [20, '15:00'], by: 'vida', reason: 'Teikiame paraišką kvietimui Nr. 7.' },
      { to: 'UNDER_REVIEW', at: [14, '09:30'], by: 'rasa', reason: REVIEW },
    ],
  },
  {
    slug: 'semeliskiu-piliakalnio-pazintinis-takas',
    title: 'Semeliškių piliakalnio pažintinis takas',
    summary:
      'Trijų kilometrų takas, jungiantis piliakalnį, miestelio bažnyčią ir marių pakrantę, su informaciniais stendais ir poilsio vietomis.',
    body: `## Kodėl takas

Semeliškių piliakalnis – vienas gražiausių krašto paveldo objektų, bet lankytojai jį randa sunkiai: nėra nuorodų, o šlaitai slysta. Miestelio istorija pasakojama tik per ekskursijas, kurias veda savanoriai.

## Maršrutas

- piliakalnis ir apžvalgos aikštelė;
- senoji turgaus aikštė;
- marių pakrantė su poilsiaviete.

## Ką įrengsime

- laiptus ir turėklus ant piliakalnio šlaito;
- 8 informacinius stendus lietuvių ir anglų kalbomis, su QR nuorodomis į garso pasakojimus;
- 5 poilsio vietas su suoliukais, kuriuos pagamins Semeliškių amatininkų draugija.

## Partnerystė

Draugija prisideda darbu, seniūnija – sklypų priežiūra. Projektą remia ir kaimyninės bendruomenės.`,
    lead: 'semeliskiu-bendruomene',
    author: 'vida',
    measure: 'VPS-7.3',
    eldership: 'semeliskiu',
    themes: ['TOURISM', 'CULTURE', 'ENVIRONMENT'],
    estimatedEur: 55_000,
    requestedEur: 44_000,
    created: [60, '09:30'],
    history: [
      { to: 'SUBMITTED', at: [45, '14:00'], by: 'vida', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [38, '10:00'], by: 'rasa', reason: REVIEW },
    ],
    coProposers: [
      {
        organisation: 'semeliskiu-amatininku-draugija',
        status: 'ACCEPTED',
        invitedBy: 'vida',
        invited: [59, '12:00'],
        respondedBy: 'rimantas',
        responded: [58, '08:40'],
      },
      {
        organisation: 'zub-semeliskiu-pienas',
        status: 'DECLINED',
        invitedBy: 'vida',
        invited: [59, '12:05'],
        respondedBy: 'darius',
        responded: [55, '17:10'],
      },
    ],
    endorsements: [
      {
        organisation: 'pastrevio-kaimo-bendruomene',
        by: 'aldona',
        at: [43, '19:00'],
        note: 'Puiki kaimynų idėja – Pastrėvio bendruomenė palaiko.',
      },
      { organisation: 'ii-azuolu-pavesis', by: 'egle', at: [40, '08:15'], note: 'Siūlysime maršrutą savo svečiams.' },
      {
        organisation: 'elektrenu-savivaldybes-administracija',
        by: 'audrone',
        at: [36, '13:30'],
        note: 'Takas dera su savivaldybės turizmo plėtros planu.',
      },
      {
        organisation: 'strevos-slenio-vvg',
        by: 'dainius',
        at: [30, '11:45'],
        note: 'Sujungsime su mūsų planuojamu dviračių maršrutu.',
      },
    ],
  },
  {
    slug: 'mobili-socialine-pagalba-vievio-apylinkese',
    title: 'Mobili socialinė pagalba vienišiems senjorams Vievio apylinkėse',
    summary:
      'Dienos centras su bendruomene organizuos pavėžėjimą pas gydytojus, pagalbą namuose ir savaitinius lankymus atokiuose kaimuose.',
    body: `## Kam to reikia

Atokiuose Vievio seniūnijos kaimuose gyvena apie 140 vienišų senjorų. Autobusas kursuoja du kartus per dieną, todėl nuvykti pas gydytoją ar į vaistinę – iššūkis.

## Paslaugos

- pavėžėjimas pritaikytu mikroautobusu (registracija telefonu);
- savaitiniai lankymai: pokalbis, pirkiniai, pagalba buityje;
- kaimynų savanorių tinklas, kurį koordinuos bendruomenė „Mūsų namai“.

Paslauga bus tęsiama ir po projekto – iš socialinio verslo pajamų ir savivaldybės užsakymų.`,
    lead: 'vievio-dienos-centras-sviesa',
    author: 'edita',
    measure: 'VPS-3.1',
    eldership: 'vievio',
    themes: ['SOCIAL_SUPPORT'],
    estimatedEur: 31_000,
    requestedEur: 27_900,
    created: [50, '11:00'],
    history: [
      { to: 'SUBMITTED', at: [40, '16:20'], by: 'edita', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [33, '09:00'], by: 'justinas', reason: REVIEW },
    ],
    coProposers: [
      {
        organisation: 'vievio-bendruomene',
        status: 'ACCEPTED',
        invitedBy: 'edita',
        invited: [49, '10:00'],
        respondedBy: 'greta',
        responded: [48, '21:30'],
      },
    ],
    endorsements: [
      {
        organisation: 'kietaviskiu-bendruomene',
        by: 'ona',
        at: [30, '15:00'],
        note: 'Tokios paslaugos reikia ir mūsų kaimuose.',
      },
      { organisation: 'asociacija-kaimo-ateitis', by: 'dainius', at: [28, '10:10'] },
    ],
  },

  // ── SHORTLISTED ──────────────────────────────────────────────────────────────────────
  {
    slug: 'elektrenu-mariu-baidariu-nuomos-punktas',
    title: 'Baidarių ir irklenčių nuomos punktas prie Elektrėnų marių',
    summary: 'Sezoninis vandens pramogų punktas su prieplauka, inventoriaus saugykla ir saugaus irklavimo mokymais.',
    body: `## Idėja

Elektrėnų marios – didžiausias krašto vandens telkinys, tačiau vasarą čia trūksta organizuotų vandens pramogų. Įrengsime nuomos punktą su plaukiojančia prieplauka.

## Veiklos

- 12 baidarių ir 10 irklenčių nuoma gegužės–rugsėjo mėn.;
- saugaus irklavimo mokymai jaunimui kartu su klubu „Ąžuolas“;
- maršrutai marių įlankomis su žemėlapiu.

## Darbo vietos

Sezono metu įdarbinsime 3 vietos jaunuolius, vieną – visus metus.`,
    lead: 'uab-mariu-zuvedra',
    author: 'vytautas',
    measure: 'VPS-7.3',
    eldership: 'elektrenu',
    themes: ['TOURISM', 'SPORT', 'BUSINESS'],
    estimatedEur: 68_000,
    requestedEur: 40_800,
    created: [90, '13:00'],
    history: [
      { to: 'SUBMITTED', at: [80, '10:30'], by: 'vytautas', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [72, '09:00'], by: 'rasa', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [52, '15:00'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 78 balai iš 100.',
      },
    ],
    endorsements: [
      {
        organisation: 'elektrenu-jaunimo-klubas-azuolas',
        by: 'greta',
        at: [77, '17:30'],
        note: 'Mūsų jaunimas mielai taps instruktoriais.',
      },
      { organisation: 'vievio-sporto-klubas-streva', by: 'simona', at: [75, '12:00'] },
      {
        organisation: 'elektrenu-turizmo-informacijos-centras',
        by: 'paulius',
        at: [70, '09:45'],
        note: 'Trūkstama paslauga lankytojams.',
      },
    ],
  },
  {
    slug: 'giluciu-bendruomenes-darzas-ir-seklu-biblioteka',
    title: 'Gilučių bendruomenės daržas ir sėklų biblioteka',
    summary:
      'Bendras daržas prie mokyklos, kuriame vaikai ir senjorai augina daržoves, o sėklų biblioteka saugo vietines veisles.',
    body: `## Ką kuriame

Prie Gilučių mokyklos yra nenaudojamas 20 arų sklypas. Jame įrengsime pakeltas lysves, šiltnamį ir lietaus vandens surinkimo sistemą.

## Sėklų biblioteka

Mokyklos bibliotekoje atsiras sėklų stalčiai: gyventojai „skolinsis“ sėklas pavasarį ir grąžins rudenį. Taip išsaugosime senąsias vietines pupų, žirnių ir pomidorų veisles.

## Kas dalyvaus

- mokyklos mokiniai per gamtos pamokas;
- senjorai, kurie dalinsis patirtimi;
- bendruomenės savanoriai vasarą.`,
    lead: 'giluciu-kaimo-bendruomene',
    author: 'kestutis',
    measure: 'VPS-3.2',
    eldership: 'giluciu',
    themes: ['ENVIRONMENT', 'EDUCATION'],
    estimatedEur: 12_000,
    requestedEur: 10_800,
    created: [85, '08:45'],
    history: [
      { to: 'SUBMITTED', at: [78, '19:00'], by: 'kestutis', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [70, '10:00'], by: 'justinas', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [50, '15:10'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 84 balai iš 100.',
      },
    ],
    coProposers: [
      {
        organisation: 'giluciu-mokykla-daugiafunkcis-centras',
        status: 'ACCEPTED',
        invitedBy: 'kestutis',
        invited: [84, '09:00'],
        respondedBy: 'jonas',
        responded: [83, '14:20'],
      },
    ],
    endorsements: [
      {
        organisation: 'ekologinis-ukis-zalias-slenis',
        by: 'jonas',
        at: [76, '20:00'],
        note: 'Padovanosime daigų pirmajam sezonui.',
      },
      { organisation: 'kazokiskiu-biblioteka', by: 'ruta', at: [60, '11:00'] },
    ],
  },

  // ── APPROVED ─────────────────────────────────────────────────────────────────────────
  {
    slug: 'beizioniu-vasara-ir-tradiciju-dirbtuves',
    title: 'Šventė „Beižionių vasara“ ir tradicijų dirbtuvės',
    summary:
      'Kasmetinė kaimo šventė su tradicinių amatų dirbtuvėmis, folkloro ansambliais ir vietos ūkininkų turgeliu.',
    body: `## Apie šventę

„Beižionių vasara“ vyksta jau penkioliktus metus. Šiemet norime ją praplėsti: be koncerto – dirbtuvės, kuriose jaunimas mokysis iš vyresniųjų.

## Programa

- verbų rišimas, vytelių pynimas, sūrio spaudimas;
- folkloro ansamblių vakaronė;
- vietos ūkininkų turgelis su ekologiško ūkio „Žalias slėnis“ produkcija.`,
    lead: 'beizioniu-kaimo-bendruomene',
    author: 'inga',
    measure: 'VPS-7.2',
    eldership: 'beizioniu',
    themes: ['CULTURE'],
    estimatedEur: 9_000,
    requestedEur: 8_100,
    created: [150, '10:00'],
    history: [
      { to: 'SUBMITTED', at: [140, '14:00'], by: 'inga', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [130, '09:30'], by: 'rasa', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [110, '16:00'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 81 balas iš 100.',
      },
      {
        to: 'APPROVED',
        at: [95, '11:00'],
        by: 'rasa',
        reason: 'Valdybos posėdžio sprendimu (protokolas Nr. V-12) skirta 8 100 Eur parama.',
      },
    ],
    endorsements: [
      {
        organisation: 'elektrenu-kulturos-centras',
        by: 'paulius',
        at: [135, '10:00'],
        note: 'Padėsime su įgarsinimu ir scena.',
      },
      { organisation: 'ekologinis-ukis-zalias-slenis', by: 'jonas', at: [132, '18:30'] },
      {
        organisation: 'semeliskiu-amatininku-draugija',
        by: 'rimantas',
        at: [128, '12:15'],
        note: 'Mūsų meistrai ves dirbtuves.',
      },
    ],
  },
  {
    slug: 'socialinio-verslo-kavine-kietaviskese',
    title: 'Socialinio verslo kavinė „Gera kava“ Kietaviškėse',
    summary:
      'Kavinė bendruomenės namuose, kurioje dirbs žmonės su negalia ir ilgalaikiai bedarbiai, o pelnas grįš bendruomenės veikloms.',
    body: `## Socialinis verslas

Kietaviškėse nėra nė vienos kavinės, o 23 gyventojai ilgiau nei metus neranda darbo. Kavinė „Gera kava“ spręs abi problemas.

## Veikla

- kava, vietos kepėjų pyragai, pietūs darbo dienomis;
- 4 darbo vietos, iš jų 2 – žmonėms su negalia;
- gimnazistų praktika ir savanorystė.

## Tvarumas

Po dvejų metų kavinė turi išsilaikyti iš pajamų; pelnas skiriamas senjorų ir vaikų užimtumui.`,
    lead: 'kietaviskiu-bendruomene',
    author: 'ona',
    measure: 'VPS-3.1',
    eldership: 'kietaviskiu',
    themes: ['SOCIAL_SUPPORT', 'BUSINESS'],
    estimatedEur: 75_000,
    requestedEur: 60_000,
    created: [160, '12:00'],
    history: [
      { to: 'SUBMITTED', at: [148, '10:00'], by: 'ona', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [138, '09:00'], by: 'justinas', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [112, '15:30'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 86 balai iš 100.',
      },
      {
        to: 'APPROVED',
        at: [96, '11:15'],
        by: 'rasa',
        reason: 'Valdybos posėdžio sprendimu (protokolas Nr. V-12) skirta 60 000 Eur parama.',
      },
    ],
    coProposers: [
      {
        organisation: 'kietaviskiu-gimnazija',
        status: 'ACCEPTED',
        invitedBy: 'ona',
        invited: [159, '09:00'],
        respondedBy: 'tadas',
        responded: [158, '13:00'],
      },
    ],
    endorsements: [
      {
        organisation: 'asociacija-kaimo-ateitis',
        by: 'dainius',
        at: [140, '09:30'],
        note: 'Pasidalinsime kitų socialinių kavinių patirtimi.',
      },
      { organisation: 'vievio-dienos-centras-sviesa', by: 'edita', at: [137, '16:40'] },
      { organisation: 'uab-vievio-duonele', by: 'lina', at: [125, '07:50'], note: 'Tieksime duoną ir pyragus.' },
    ],
  },

  // ── IN_PROGRESS ──────────────────────────────────────────────────────────────────────
  {
    slug: 'strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje',
    title: 'Strėvos pakrantės tvarkymas ir poilsiavietė Pastrėvyje',
    summary:
      'Išvalyti Strėvos pakrantę, įrengti poilsiavietę su pavėsine, lieptu ir informaciniu stendu apie upės gamtą.',
    body: `## Tikslas

Strėvos pakrantė ties Pastrėviu apaugo krūmais, o buvusi maudykla užžėlė. Kartu su asociacija „Žirgų takais“ sutvarkysime pakrantę ir įrengsime poilsiavietę.

## Darbai

- [x] pakrantės valymo talka
- [x] pavėsinės pamatai
- [ ] liepto įrengimas
- [ ] informacinis stendas apie upės paukščius ir žuvis

Poilsiavietė bus pasiekiama ir žirgų maršrutu.`,
    lead: 'pastrevio-kaimo-bendruomene',
    author: 'aldona',
    measure: 'VPS-3.2',
    eldership: 'pastrevio',
    themes: ['ENVIRONMENT', 'TOURISM'],
    estimatedEur: 28_000,
    requestedEur: 25_200,
    created: [260, '18:00'],
    history: [
      { to: 'SUBMITTED', at: [250, '12:00'], by: 'aldona', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [240, '09:00'], by: 'rasa', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [220, '14:00'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 88 balai iš 100.',
      },
      {
        to: 'APPROVED',
        at: [205, '10:30'],
        by: 'rasa',
        reason: 'Valdybos posėdžio sprendimu (protokolas Nr. V-9) skirta 25 200 Eur parama.',
      },
      {
        to: 'IN_PROGRESS',
        at: [180, '09:00'],
        by: 'justinas',
        reason: 'Pasirašyta vietos projekto vykdymo sutartis, darbai pradėti.',
      },
    ],
    coProposers: [
      {
        organisation: 'asociacija-zirgu-takais',
        status: 'ACCEPTED',
        invitedBy: 'aldona',
        invited: [259, '10:00'],
        respondedBy: 'tomas',
        responded: [257, '19:00'],
      },
    ],
    endorsements: [
      {
        organisation: 'ii-azuolu-pavesis',
        by: 'egle',
        at: [245, '08:00'],
        note: 'Mūsų svečiai dažnai klausia, kur išsimaudyti.',
      },
      { organisation: 'elektrenu-savivaldybes-administracija', by: 'audrone', at: [238, '14:00'] },
      {
        organisation: 'vievio-sporto-klubas-streva',
        by: 'simona',
        at: [236, '18:20'],
        note: 'Čia baigsis mūsų baidarių žygis Strėva.',
      },
    ],
  },
  {
    slug: 'jaunimo-iniciatyvu-mokykla-elektrenu-krasto-kaimuose',
    title: 'Jaunimo iniciatyvų mokykla Elektrėnų krašto kaimuose',
    summary:
      'Metų trukmės programa kaimo jaunimui: projektų rengimas, viešasis kalbėjimas ir savanorystė bendruomenėse.',
    body: `## Programa

Dvylika susitikimų skirtingose seniūnijose: kiekvieną mėnesį jaunimas aplanko vis kitą bendruomenę ir padeda jai įgyvendinti nedidelę idėją.

## Rezultatai

- 40 jaunuolių, baigusių programą;
- 8 jaunimo mini projektai – po vieną kiekvienoje seniūnijoje;
- jaunimo atstovai bendruomenių valdybose.`,
    lead: 'elektrenu-jaunimo-klubas-azuolas',
    author: 'greta',
    measure: 'VPS-6.1',
    eldership: 'elektrenu',
    themes: ['EDUCATION', 'SOCIAL_SUPPORT'],
    estimatedEur: 14_500,
    requestedEur: 13_000,
    created: [240, '16:00'],
    history: [
      { to: 'SUBMITTED', at: [232, '11:00'], by: 'greta', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [225, '10:00'], by: 'justinas', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [210, '15:00'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 80 balų iš 100.',
      },
      {
        to: 'APPROVED',
        at: [200, '11:00'],
        by: 'rasa',
        reason: 'Valdybos posėdžio sprendimu (protokolas Nr. V-9) skirta 13 000 Eur parama.',
      },
      {
        to: 'IN_PROGRESS',
        at: [170, '10:00'],
        by: 'justinas',
        reason: 'Pasirašyta sutartis; pirmasis susitikimas įvyko Vievyje.',
      },
    ],
    endorsements: [
      {
        organisation: 'kietaviskiu-gimnazija',
        by: 'tadas',
        at: [228, '12:30'],
        note: 'Paskatinsime gimnazistus dalyvauti.',
      },
      { organisation: 'vievio-kulturos-centras', by: 'jurgita', at: [226, '09:00'] },
      { organisation: 'uab-mariu-zuvedra', by: 'vytautas', at: [220, '19:10'] },
    ],
  },

  // ── COMPLETED ────────────────────────────────────────────────────────────────────────
  {
    slug: 'kazokiskiu-krastotyros-rinkinio-skaitmeninimas',
    title: 'Kazokiškių kraštotyros rinkinio skaitmeninimas',
    summary:
      'Nuskaityti ir aprašyti 1 200 senų nuotraukų bei laiškų ir paskelbti juos internete su gyventojų prisiminimais.',
    body: `## Kas padaryta

- nuskaityta 1 214 nuotraukų ir 86 laiškai;
- užrašyti 27 senjorų prisiminimai;
- parengta virtuali paroda „Kazokiškės XX amžiuje“.

## Ačiū

Dėkojame bendruomenei už atneštas šeimų nuotraukas ir savanoriams, aprašiusiems kiekvieną jų.`,
    lead: 'kazokiskiu-biblioteka',
    author: 'ruta',
    measure: 'VPS-7.2',
    eldership: 'kazokiskiu',
    themes: ['CULTURE', 'EDUCATION'],
    estimatedEur: 7_500,
    requestedEur: 6_750,
    created: [300, '10:00'],
    history: [
      { to: 'SUBMITTED', at: [292, '10:00'], by: 'ruta', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [285, '09:00'], by: 'rasa', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [272, '15:00'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 83 balai iš 100.',
      },
      {
        to: 'APPROVED',
        at: [262, '11:00'],
        by: 'rasa',
        reason: 'Valdybos posėdžio sprendimu (protokolas Nr. V-8) skirta 6 750 Eur parama.',
      },
      { to: 'IN_PROGRESS', at: [250, '09:00'], by: 'justinas', reason: 'Pasirašyta vietos projekto vykdymo sutartis.' },
      {
        to: 'COMPLETED',
        at: [60, '14:00'],
        by: 'rasa',
        reason: 'Projektas įgyvendintas, galutinė ataskaita patvirtinta.',
      },
    ],
    endorsements: [
      {
        organisation: 'kazokiskiu-bendruomene',
        by: 'algirdas',
        at: [290, '18:00'],
        note: 'Surinksime nuotraukas iš kiekvienos šeimos.',
      },
      { organisation: 'elektrenu-kulturos-centras', by: 'paulius', at: [288, '10:30'] },
    ],
  },
  {
    slug: 'semeliskiu-amatu-muge-ir-kalvystes-kiemas',
    title: 'Semeliškių amatų mugė ir kalvystės kiemas',
    summary: 'Amatų mugė Semeliškių dienų metu ir nuolatinis kalvystės kiemas, kuriame vyksta edukacijos.',
    body: `## Rezultatai

- įrengtas kalvystės kiemas su žaizdru ir stogine;
- surengtos dvi amatų mugės, kuriose dalyvavo 46 amatininkai, tarp jų – svečiai iš Latvijos;
- per sezoną įvyko 38 edukacijos.

Mugė tapo tradicija – ją tęsime ir toliau kartu su bendruomene.`,
    lead: 'semeliskiu-amatininku-draugija',
    author: 'rimantas',
    measure: 'VPS-7.2',
    eldership: 'semeliskiu',
    themes: ['CULTURE', 'TOURISM', 'BUSINESS'],
    estimatedEur: 16_000,
    requestedEur: 12_800,
    created: [330, '09:00'],
    history: [
      { to: 'SUBMITTED', at: [322, '13:00'], by: 'rimantas', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [316, '10:00'], by: 'justinas', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [300, '16:00'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą: 90 balų iš 100.',
      },
      {
        to: 'APPROVED',
        at: [290, '10:00'],
        by: 'rasa',
        reason: 'Valdybos posėdžio sprendimu (protokolas Nr. V-8) skirta 12 800 Eur parama.',
      },
      { to: 'IN_PROGRESS', at: [270, '09:30'], by: 'justinas', reason: 'Pasirašyta vietos projekto vykdymo sutartis.' },
      {
        to: 'COMPLETED',
        at: [120, '15:00'],
        by: 'rasa',
        reason: 'Projektas įgyvendintas, galutinė ataskaita patvirtinta.',
      },
    ],
    coProposers: [
      {
        organisation: 'semeliskiu-bendruomene',
        status: 'ACCEPTED',
        invitedBy: 'rimantas',
        invited: [329, '10:00'],
        respondedBy: 'vida',
        responded: [328, '08:00'],
      },
    ],
    endorsements: [
      {
        organisation: 'zub-semeliskiu-pienas',
        by: 'darius',
        at: [320, '12:00'],
        note: 'Mugėje pristatysime savo sūrius.',
      },
      { organisation: 'uab-vievio-duonele', by: 'lina', at: [318, '08:30'] },
      {
        organisation: 'zalas-upes-partneriba',
        by: 'laura',
        at: [310, '10:00'],
        note: 'Mūsų amatininkai mielai atvyks į mugę!',
      },
      { organisation: 'elektrenu-savivaldybes-administracija', by: 'audrone', at: [305, '14:00'] },
    ],
  },

  // ── REJECTED ─────────────────────────────────────────────────────────────────────────
  {
    slug: 'giluciu-ukio-technikos-atnaujinimas',
    title: 'Gilučių bitininkystės ūkio technikos atnaujinimas',
    summary: 'Įsigyti naują traktorių ir medaus sukimo įrangą ūkio našumui padidinti.',
    body: `## Prašymas

Ūkio technika sena: traktoriui 30 metų, medaus sukimo įranga rankinė. Nauja technika leistų padvigubinti medaus kiekį.

## Biudžetas

- traktorius su priekaba – 70 000 Eur;
- automatinė medaus sukimo linija – 25 000 Eur.`,
    lead: 'ukis-giluciu-medus',
    author: 'kestutis',
    measure: 'VPS-2.1',
    eldership: 'giluciu',
    themes: ['BUSINESS'],
    estimatedEur: 95_000,
    requestedEur: 57_000,
    created: [120, '07:30'],
    history: [
      { to: 'SUBMITTED', at: [112, '21:00'], by: 'kestutis', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [105, '09:00'], by: 'rasa', reason: REVIEW },
      {
        to: 'REJECTED',
        at: [92, '14:00'],
        by: 'rasa',
        reason:
          'Netinkama pagal priemonę VPS-2.1: ūkio technikos įsigijimas, nekuriant naujų darbo vietų ar paslaugų, nefinansuojamas. ' +
          'Rekomenduojame kreiptis dėl paramos pagal Kaimo plėtros programos ūkių modernizavimo priemonę.',
      },
    ],
    endorsements: [{ organisation: 'zub-semeliskiu-pienas', by: 'darius', at: [110, '06:45'] }],
  },
  {
    slug: 'elektrenu-ledo-arenos-apsvietimo-modernizavimas',
    title: 'Elektrėnų ledo arenos apšvietimo modernizavimas',
    summary: 'Pakeisti ledo arenos apšvietimą energiją taupančiais LED šviestuvais.',
    body: `## Idėja

Ledo arenoje vyksta krašto vaikų čiuožimo ir ledo ritulio treniruotės. Senas apšvietimas naudoja daug elektros ir dažnai gęsta.

## Sprendimas

Pakeisti 180 šviestuvų LED šviestuvais ir įdiegti valdymo sistemą – elektros sąnaudos sumažėtų 60 %.`,
    lead: 'elektrenu-savivaldybes-administracija',
    author: 'audrone',
    measure: 'VPS-7.1',
    eldership: 'elektrenu',
    themes: ['SPORT', 'INFRASTRUCTURE'],
    estimatedEur: 120_000,
    requestedEur: 96_000,
    created: [140, '09:00'],
    history: [
      { to: 'SUBMITTED', at: [132, '10:00'], by: 'audrone', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [125, '09:30'], by: 'justinas', reason: REVIEW },
      {
        to: 'SHORTLISTED',
        at: [108, '15:00'],
        by: 'rasa',
        reason: 'Valdyba įtraukė į trumpąjį sąrašą su sąlyga patikslinti objekto vietą.',
      },
      {
        to: 'REJECTED',
        at: [94, '11:00'],
        by: 'rasa',
        reason:
          'Valdyba paramos neskyrė: objektas yra Elektrėnų mieste, kuris nepriskiriamas VVG kaimo teritorijai. ' +
          'Siūlome ieškoti finansavimo pagal savivaldybės sporto infrastruktūros programą.',
      },
    ],
    endorsements: [{ organisation: 'elektrenu-jaunimo-klubas-azuolas', by: 'greta', at: [130, '20:00'] }],
  },

  // ── WITHDRAWN ────────────────────────────────────────────────────────────────────────
  {
    slug: 'vievio-senuju-kapiniu-tvarkymas',
    title: 'Vievio senųjų kapinių tvarkymas',
    summary:
      'Sutvarkyti apleistas senąsias kapines: išvalyti želdinius, atkurti tvorą ir pastatyti informacinį stendą.',
    body: `## Idėja

Senosios kapinės – svarbi Vievio istorijos vieta, tačiau jos apleistos. Norime išvalyti želdinius, atkurti akmeninę tvorą ir pastatyti stendą apie čia palaidotus žymius žmones.`,
    lead: 'vievio-bendruomene',
    author: 'greta',
    measure: 'VPS-7.2',
    eldership: 'vievio',
    themes: ['CULTURE', 'ENVIRONMENT'],
    estimatedEur: 8_000,
    requestedEur: 7_200,
    created: [70, '19:00'],
    history: [
      { to: 'SUBMITTED', at: [64, '20:00'], by: 'greta', reason: SUBMIT },
      {
        to: 'WITHDRAWN',
        at: [58, '09:40'],
        by: 'greta',
        reason: 'Darbus atliksime per savanorių talką be VVG paramos, todėl paraiškos nebereikia.',
      },
    ],
  },
  {
    slug: 'zalio-slenio-edukacine-programa-mokiniams',
    title: 'Ekologinio ūkio edukacinė programa mokiniams',
    summary:
      'Edukacinė programa „Iš lauko į lėkštę“ krašto mokykloms: pamokos ūkyje, daržovių auginimas, sveika mityba.',
    body: `## Programa

Keturios sezoninės pamokos ūkyje: sėja, priežiūra, derliaus nuėmimas ir patiekalų gaminimas iš savo užaugintų daržovių.`,
    lead: 'ekologinis-ukis-zalias-slenis',
    author: 'jonas',
    measure: 'VPS-6.1',
    eldership: 'beizioniu',
    themes: ['EDUCATION', 'ENVIRONMENT'],
    estimatedEur: 11_000,
    requestedEur: 8_800,
    created: [110, '13:00'],
    history: [
      { to: 'SUBMITTED', at: [100, '12:00'], by: 'jonas', reason: SUBMIT },
      { to: 'UNDER_REVIEW', at: [93, '10:00'], by: 'justinas', reason: REVIEW },
      {
        to: 'WITHDRAWN',
        at: [86, '17:30'],
        by: 'jonas',
        reason: 'Atsiimame paraišką: patikslinsime sąmatą ir teiksime kitame kvietime.',
      },
    ],
  },
] as const satisfies readonly DemoInitiative[];

export type InitiativeKey = (typeof INITIATIVES)[number]['slug'];
