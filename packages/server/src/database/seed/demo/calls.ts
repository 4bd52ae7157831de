import type { CallQuestionKind as CallQuestionKindEnum } from '../../../calls/call.enums.js';
import type { EldershipCode } from '../reference.js';
import type { Moment } from './clock.js';
import type { When } from './events.js';
import type { InitiativeKey } from './initiatives.js';
import type { MeasureCode } from './lag.js';
import type { OrganisationKind } from './organisations.js';

type CallQuestionKind = `${CallQuestionKindEnum}`;

export type DemoCall = {
  key: string;
  number: number;
  title: string;
  /** The call text, Markdown. */
  body: string;
  measures: readonly MeasureCode[];
  opens: When;
  /** The closing time as it stands now, after any amendment. */
  closes: When;
  budgetEur: number;
  minSupportEur?: number;
  maxSupportEur?: number;
  maxIntensityPercent?: number;
  /** Who may apply besides LAG members. */
  eligibleKinds: readonly OrganisationKind[];
  /** Where the lead organisation must be; empty: the whole territory. */
  elderships: readonly EldershipCode[];
  status: 'DRAFT' | 'PUBLISHED' | 'DECIDED';
  created: Moment;
  published?: Moment;
  criteria: readonly { title: string; description: string; maxScore: number; weight: number }[];
  annexes: readonly { title: string; description: string; required: boolean }[];
  questions: readonly {
    text: string;
    description?: string;
    kind: CallQuestionKind;
    options?: readonly string[];
    required: boolean;
  }[];
  /** Changes after publication; an instant's value is given as a day and time (When). */
  amendments?: readonly {
    at: Moment;
    reason: string;
    changes: readonly { field: string; from: When | string | null; to: When | string | null }[];
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

const ALL_ELDERSHIPS: readonly EldershipCode[] = [
  'beizioniu',
  'elektrenu',
  'giluciu',
  'kazokiskiu',
  'kietaviskiu',
  'pastrevio',
  'semeliskiu',
  'vievio',
];

/** The documents every local project attaches: a budget, price quotes and the community's decision. */
const ESTIMATE = {
  title: 'Sąmata',
  description:
    'Išsami projekto išlaidų sąmata pagal VVG formą: kiekviena išlaidų eilutė, kiekis, vieneto kaina ir finansavimo šaltinis (parama ar nuosavas indėlis).',
  required: true,
};
const QUOTES = {
  title: 'Pirkimų dokumentai: trys komerciniai pasiūlymai',
  description:
    'Kiekvienai prekei, paslaugai ar darbams – trys palyginami tiekėjų komerciniai pasiūlymai ir pasirinkimo pagrindimas; brangesniems nei 5 000 Eur be PVM – pirkimo procedūros dokumentai.',
  required: true,
};
const MEETING_MINUTES = {
  title: 'Bendruomenės susirinkimo protokolas',
  description:
    'Visuotinio narių susirinkimo ar valdybos sprendimas teikti paraišką, prisidėti prie projekto ir prižiūrėti jo rezultatus.',
  required: true,
};

export const CALLS: readonly DemoCall[] = [
  {
    key: 'kvietimas-6',
    number: 6,
    title: 'Kultūros paveldas ir vietos tradicijos',
    measures: ['VPS-7.2'],
    body: `## Kvietimo tikslas

Išsaugoti ir gyvai perduoti Elektrėnų krašto kultūros paveldą – amatus, papročius, dainas, krašto istoriją, piliakalnius ir senąsias sodybas, – kad jie taptų bendruomenių pasididžiavimu ir priežastimi atvykti į mūsų kaimus.

Kvietimas įgyvendina Vietos plėtros strategijos priemonę **VPS-7.2 „Kultūros paveldo ir vietos tradicijų puoselėjimas“**.

## Ką remiame

- tradicinių amatų ir papročių edukacijas vaikams, jaunimui ir šeimoms;
- kalendorines šventes ir renginius, kuriuos rengia pačios bendruomenės;
- krašto istorijos, tarmės ir dainų rinkimą, skaitmeninimą ir leidybą;
- nedidelius kultūros paveldo objektų tvarkymo darbus, suderintus su savininku.

## Kas gali teikti paraiškas

VVG narės, taip pat kaimo bendruomenės, asociacijos ir kultūros įstaigos, veikiančios kaimiškosiose seniūnijose.

## Parama

Vienam projektui skiriama nuo 3 000 iki 20 000 Eur, bet ne daugiau kaip 80 % tinkamų finansuoti išlaidų. Likusią dalį pareiškėjas prisideda lėšomis, savanorišku darbu ar turtu.

## Vertinimas

Paraiškas pagal paskelbtus atrankos kriterijus vertina VVG valdyba. Projektas, surinkęs mažiau kaip 50 balų iš 100, nefinansuojamas.`,
    opens: [-180, '09:00'],
    closes: [-120, '16:00'],
    budgetEur: 60_000,
    minSupportEur: 3_000,
    maxSupportEur: 20_000,
    maxIntensityPercent: 80,
    eligibleKinds: ['RURAL_COMMUNITY', 'ASSOCIATION', 'CULTURAL_INSTITUTION'],
    elderships: ALL_ELDERSHIPS.filter((code) => code !== 'elektrenu'),
    status: 'DECIDED',
    created: [185, '10:00'],
    published: [182, '14:00'],
    criteria: [
      {
        title: 'Atitiktis VPS prioritetams',
        description:
          'Kaip projektas prisideda prie 7 prioriteto ir priemonės VPS-7.2: aiškiai įvardytas paveldas ar tradicija ir tai, kaip jie bus išsaugoti.',
        maxScore: 30,
        weight: 1,
      },
      {
        title: 'Nauda vietos gyventojams',
        description:
          'Kiek gyventojų ir kokių kartų dalyvaus; ar veiklos tęsis ir po projekto; ar rezultatai bus prieinami visiems.',
        maxScore: 40,
        weight: 1,
      },
      {
        title: 'Partnerystė ir sektorių įtrauka',
        description:
          'Ar projekte dalyvauja keli sektoriai – bendruomenės, verslas, viešosios įstaigos – ir koks kiekvieno indėlis.',
        maxScore: 30,
        weight: 1,
      },
    ],
    annexes: [
      ESTIMATE,
      QUOTES,
      MEETING_MINUTES,
      {
        title: 'Paveldo objekto savininko sutikimas',
        description: 'Jei tvarkomas paveldo objektas: savininko ar valdytojo rašytinis sutikimas.',
        required: false,
      },
    ],
    questions: [
      {
        text: 'Kokį paveldą ar tradiciją projektas puoselėja?',
        description: 'Trumpai aprašykite, kuo jis svarbus jūsų kraštui.',
        kind: 'TEXT',
        required: true,
      },
      {
        text: 'Kokia pagrindinė projekto veiklų forma?',
        kind: 'SINGLE_CHOICE',
        options: [
          'Edukacinės programos',
          'Renginys ar šventė',
          'Paveldo objekto tvarkymas',
          'Leidinys ar skaitmeninimas',
        ],
        required: true,
      },
      {
        text: 'Ar projekte dalyvaus vietos amatininkai ar tautodailininkai?',
        kind: 'YES_NO',
        required: false,
      },
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
    measures: ['VPS-7.1'],
    body: `## Kvietimo tikslas

Elektrėnų savivaldybės vietos veiklos grupė kviečia teikti vietos projektus, kurie gerina kaimo gyventojų kasdienę aplinką: sutvarko ir pritaiko bendruomenės poreikiams viešąsias erdves, atnaujina bendruomenių namus ir kuria paslaugas, kurių kaime trūksta.

Kvietimas įgyvendina Vietos plėtros strategijos priemonę **VPS-7.1 „Bendruomenių viešųjų erdvių ir paslaugų gerinimas“**.

## Ką remiame

- viešųjų erdvių – skverų, aikščių, paplūdimių, sporto ir vaikų žaidimų aikštelių – sutvarkymą ir pritaikymą visoms amžiaus grupėms ir žmonėms su negalia;
- bendruomenės namų remontą, įrengimą ir aprūpinimą, kad juose veiklos vyktų ištisus metus;
- naujas ar geresnes paslaugas gyventojams: vaikų užimtumą, senjorų klubus, pavėžėjimą, skaitmeninio raštingumo užsiėmimus;
- veiklas, kuriose dalyvauja patys gyventojai: talkas, kūrybines dirbtuves, atvirus renginius.

Nefinansuojama: kelių ir gatvių tiesimas, pastatų, kurie nebus naudojami bendruomenės reikmėms, remontas, veiklos, už kurias gyventojams reikėtų mokėti daugiau nei jų savikaina.

## Kas gali teikti paraiškas

VVG narės, taip pat kaimo bendruomenės ir asociacijos, veikiančios bet kurioje Elektrėnų savivaldybės seniūnijoje.

## Parama

Vienam projektui skiriama nuo 5 000 iki 40 000 Eur, bet ne daugiau kaip 80 % tinkamų finansuoti išlaidų. Likusią dalį pareiškėjas prisideda lėšomis, savanorišku darbu ar turtu. Projektas turi būti įgyvendintas per 18 mėnesių nuo sutarties pasirašymo.

## Vertinimas

Paraiškas pagal žemiau skelbiamus atrankos kriterijus vertina VVG valdyba; kriterijaus balai dauginami iš jo svorio. Projektas, surinkęs mažiau kaip 50 balų iš 110, nefinansuojamas.

## Konsultacijos

Klausimų galite užduoti VVG administracijai darbo dienomis nuo 8 iki 17 val. Kviečiame ir į mokymus „Kaip parengti vietos projekto paraišką“ – juos rasite renginių kalendoriuje.`,
    opens: [-30, '09:00'],
    closes: [30, '16:00'],
    budgetEur: 200_000,
    minSupportEur: 5_000,
    maxSupportEur: 40_000,
    maxIntensityPercent: 80,
    eligibleKinds: ['RURAL_COMMUNITY', 'ASSOCIATION'],
    elderships: ALL_ELDERSHIPS,
    status: 'PUBLISHED',
    created: [35, '10:00'],
    published: [33, '13:00'],
    criteria: [
      {
        title: 'Atitiktis VPS prioritetams',
        description:
          'Kaip projektas prisideda prie 7 prioriteto – patrauklios ir patogios gyventi aplinkos: aiškus ryšys su priemone VPS-7.1 ir jos rodikliais.',
        maxScore: 20,
        weight: 1.5,
      },
      {
        title: 'Naudos gyventojams mastas',
        description:
          'Kiek gyventojų ir kokių grupių naudosis rezultatais; ar projektas atliepia bendruomenės susirinkime išsakytus poreikius.',
        maxScore: 25,
        weight: 1,
      },
      {
        title: 'Partnerystė ir sektorių įtrauka',
        description:
          'Ar projekte dalyvauja keli sektoriai – nevyriausybinės organizacijos, verslas, viešasis sektorius – ir aiškiai aprašytas kiekvieno partnerio indėlis.',
        maxScore: 20,
        weight: 1,
      },
      {
        title: 'Veiklų tęstinumas po projekto',
        description:
          'Kas ir kaip prižiūrės rezultatus bent penkerius metus po projekto pabaigos; numatytas finansavimas ir atsakingi žmonės.',
        maxScore: 15,
        weight: 1,
      },
      {
        title: 'Biudžeto pagrįstumas',
        description:
          'Išlaidos būtinos projekto tikslams, pagrįstos komerciniais pasiūlymais ir atitinka rinkos kainas; nuosavas indėlis realus.',
        maxScore: 20,
        weight: 1,
      },
    ],
    annexes: [
      ESTIMATE,
      QUOTES,
      MEETING_MINUTES,
      {
        title: 'Nuosavybės ar naudojimosi teisę įrodantys dokumentai',
        description:
          'Jei projektas įgyvendinamas ne savame turte: nuomos ar panaudos sutartis, galiojanti ne trumpiau kaip penkerius metus po projekto pabaigos.',
        required: false,
      },
      {
        title: 'Partnerystės sutartys',
        description:
          'Jei projektas vykdomas su partneriais: sutartys ar ketinimų protokolai, kuriuose aprašytas partnerių indėlis.',
        required: false,
      },
    ],
    questions: [
      {
        text: 'Kiek gyventojų tiesiogiai naudosis projekto rezultatais?',
        description: 'Apytikslis skaičius per metus.',
        kind: 'NUMBER',
        required: true,
      },
      {
        text: 'Kokioms gyventojų grupėms projektas labiausiai skirtas?',
        kind: 'MULTIPLE_CHOICE',
        options: ['Vaikams ir jaunimui', 'Šeimoms', 'Senjorams', 'Žmonėms su negalia', 'Visiems gyventojams'],
        required: true,
      },
      {
        text: 'Ar projekto rezultatais gyventojai galės naudotis nemokamai?',
        kind: 'YES_NO',
        required: true,
      },
      {
        text: 'Kaip bus užtikrintas veiklų tęstinumas po projekto pabaigos?',
        description: 'Kas prižiūrės sutvarkytą erdvę ar teiks paslaugą ir iš kokių lėšų.',
        kind: 'TEXT',
        required: true,
      },
    ],
    amendments: [
      {
        at: [10, '11:00'],
        reason:
          'Paraiškų terminas pratęstas savaite: pareiškėjai prašė daugiau laiko surinkti komercinius pasiūlymus, o VVG mokymai apie paraiškų rengimą vyks likus vos kelioms dienoms iki pirminio termino.',
        changes: [{ field: 'closesAt', from: [23, '16:00'], to: [30, '16:00'] }],
      },
    ],
  },
  {
    key: 'kvietimas-8',
    number: 8,
    title: 'Kaimo turizmas ir aktyvus laisvalaikis',
    measures: ['VPS-7.3'],
    body: `## Kvietimo tikslas

Elektrėnų kraštas turi marias, upes, piliakalnius ir miškus, bet lankytojams dar trūksta kur apsistoti, ką nuveikti ir kaip visa tai rasti. Kvietimu remiame paslaugas, kurios atveria kraštą svečiams ir aktyviam gyventojų laisvalaikiui.

Kvietimas įgyvendina priemonę **VPS-7.3 „Kaimo turizmo ir aktyvaus laisvalaikio paslaugų plėtra“**.

## Ką remiame

- pažintinių, dviračių ir vandens maršrutų įrengimą ir ženklinimą;
- laisvalaikio inventoriaus nuomos ir poilsio vietų paslaugas;
- kaimo turizmo sodybų ir ūkių edukacines programas;
- bendrą krašto lankytinų vietų pristatymą.

## Kas gali teikti paraiškas

VVG narės, taip pat kaimo bendruomenės, asociacijos, įmonės ir ūkininkai, veikiantys VVG teritorijoje.

## Parama

Vienam projektui – nuo 5 000 iki 30 000 Eur, iki 70 % tinkamų finansuoti išlaidų.`,
    opens: [20, '09:00'],
    closes: [80, '16:00'],
    budgetEur: 150_000,
    minSupportEur: 5_000,
    maxSupportEur: 30_000,
    maxIntensityPercent: 70,
    eligibleKinds: ['RURAL_COMMUNITY', 'ASSOCIATION', 'COMPANY', 'FARM'],
    elderships: [],
    status: 'PUBLISHED',
    created: [6, '10:00'],
    published: [3, '14:00'],
    criteria: [
      {
        title: 'Atitiktis VPS prioritetams',
        description: 'Aiškus ryšys su priemone VPS-7.3 ir jos rodikliais: nauji lankytojai, naujos paslaugos.',
        maxScore: 25,
        weight: 1,
      },
      {
        title: 'Paslaugos naujumas ir paklausa',
        description: 'Ar tokios paslaugos krašte dar nėra; kuo pagrįsta, kad ja naudosis lankytojai ir gyventojai.',
        maxScore: 30,
        weight: 1,
      },
      {
        title: 'Bendradarbiavimas su kitais paslaugų teikėjais',
        description: 'Ar paslauga sujungta su kitomis krašto lankytinomis vietomis, sodybomis ar renginiais.',
        maxScore: 20,
        weight: 1,
      },
      {
        title: 'Verslo tęstinumas',
        description: 'Ar paslauga išsilaikys po projekto: pajamų planas, atsakingi žmonės.',
        maxScore: 25,
        weight: 1,
      },
    ],
    annexes: [
      ESTIMATE,
      QUOTES,
      {
        title: 'Verslo planas',
        description: 'Trejų metų paslaugos pajamų ir išlaidų planas pagal VVG formą.',
        required: true,
      },
    ],
    questions: [
      {
        text: 'Kokio tipo paslaugą kuriate?',
        kind: 'SINGLE_CHOICE',
        options: ['Maršrutas', 'Inventoriaus nuoma', 'Apgyvendinimas', 'Edukacinė programa'],
        required: true,
      },
      {
        text: 'Kiek lankytojų tikitės per pirmuosius metus?',
        kind: 'NUMBER',
        required: true,
      },
    ],
  },
  {
    key: 'kvietimas-9',
    number: 9,
    title: 'Smulkaus verslo pradžia kaime',
    measures: ['VPS-2.1'],
    body: `## Kvietimo tikslas

Padėti pradėti verslą kaime – ypač jaunimui ir grįžtantiems gyventi į kraštą.

_Juodraštis: sąlygas dar derina VVG valdyba._`,
    opens: [60, '09:00'],
    closes: [120, '16:00'],
    budgetEur: 300_000,
    minSupportEur: 10_000,
    maxSupportEur: 50_000,
    maxIntensityPercent: 60,
    eligibleKinds: ['COMPANY', 'FARM'],
    elderships: [],
    status: 'DRAFT',
    created: [2, '15:00'],
    criteria: [
      {
        title: 'Verslo idėjos pagrįstumas',
        description: 'Rinkos poreikis, konkurencija ir kaip verslas uždirbs.',
        maxScore: 40,
        weight: 1,
      },
      {
        title: 'Naujos darbo vietos',
        description: 'Kiek darbo vietų bus sukurta ir išlaikyta trejus metus.',
        maxScore: 30,
        weight: 1,
      },
    ],
    annexes: [ESTIMATE],
    questions: [],
  },
];
