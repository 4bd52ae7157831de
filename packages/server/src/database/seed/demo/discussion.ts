import type { PersonKey } from './accounts.js';
import type { Moment } from './clock.js';
import type { InitiativeKey } from './initiatives.js';
import type { OrgKey } from './organisations.js';

export type DemoComment = {
  key: string;
  initiative: InitiativeKey;
  /** The key of the comment this one answers. */
  parent?: string;
  author: PersonKey;
  /** The organisation the author speaks for; a private person when absent. */
  as?: OrgKey;
  body: string;
  at: Moment;
  /** Edited: when, and the text before the edit (kept as a revision). */
  edited?: { at: Moment; previousBody: string };
  deleted?: Moment;
  hidden?: { at: Moment; by: PersonKey; reason: string };
  flags?: readonly { by: PersonKey; at: Moment; reason: string; resolved?: { at: Moment; by: PersonKey } }[];
};

/** Threads on the published initiatives; drafts have none. */
export const COMMENTS: readonly DemoComment[] = [
  // Vievio duonos kelias
  {
    key: 'duona-1',
    initiative: 'vievio-duonos-kelias',
    author: 'mantas',
    body: 'Ar edukacijos vyks ir savaitgaliais? Norėtume atvažiuoti su vaikais.',
    at: [18, '20:15'],
  },
  {
    key: 'duona-1a',
    initiative: 'vievio-duonos-kelias',
    parent: 'duona-1',
    author: 'lina',
    as: 'uab-vievio-duonele',
    body: 'Taip, šeštadieniais planuojame dvi edukacijas – **11** ir **14** val.',
    at: [18, '21:02'],
  },
  {
    key: 'duona-2',
    initiative: 'vievio-duonos-kelias',
    author: 'paulius',
    as: 'elektrenu-turizmo-informacijos-centras',
    body: 'Siūlome programą papildyti degustacija su vietos sūriais – lankytojai to dažnai klausia.',
    at: [15, '10:25'],
  },

  // Kazokiškių sporto aikštynas
  {
    key: 'aikstynas-1',
    initiative: 'kazokiskiu-sporto-aikstyno-atnaujinimas',
    author: 'ieva',
    body: 'Labai reikalinga! Vakarais dabar žaidžiame beveik tamsoje.',
    at: [6, '19:00'],
  },

  // Semeliškių piliakalnio takas: the fullest thread
  {
    key: 'takas-1',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    author: 'vida',
    as: 'semeliskiu-bendruomene',
    body: 'Dėkojame visiems, prisidėjusiems prie idėjos! Kviečiame pasidalinti, ką dar norėtumėte matyti take.',
    at: [44, '09:00'],
  },
  {
    key: 'takas-1a',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    parent: 'takas-1',
    author: 'rasa',
    as: 'elektrenu-vvg',
    body: 'Vertinimo metu prašysime pateikti žemės sklypų savininkų sutikimus. Ar jau turite seniūnijos raštą?',
    at: [37, '11:20'],
  },
  {
    key: 'takas-1a1',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    parent: 'takas-1a',
    author: 'vida',
    as: 'semeliskiu-bendruomene',
    body: 'Seniūnijos raštą ir dviejų ūkininkų sutikimus turime, įkelsime iki penktadienio.',
    at: [36, '08:50'],
  },
  {
    key: 'takas-2',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    author: 'mantas',
    body: 'Puiki idėja! Ar take bus suoliukų ir informacinių stendų vaikams?',
    at: [41, '21:10'],
    edited: { at: [41, '21:25'], previousBody: 'Puiki idėja! Ar bus suoliukų?' },
  },
  {
    key: 'takas-2a',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    parent: 'takas-2',
    author: 'rimantas',
    as: 'semeliskiu-amatininku-draugija',
    body: 'Suoliukus pagamins mūsų draugijos meistrai iš vietinio ąžuolo, o vaikams numatėme mįslių stendus.',
    at: [40, '12:00'],
  },
  {
    key: 'takas-3',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    author: 'egle',
    as: 'ii-azuolu-pavesis',
    body: 'Mūsų sodyba mielai prisidės: svečiams siūlysime maršrutą ir dviračių nuomą su nuolaida.',
    at: [39, '07:30'],
  },
  {
    key: 'takas-4',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    author: 'ieva',
    body: 'Ar takas bus pritaikytas vaikų vežimėliams?',
    at: [35, '16:00'],
    deleted: [35, '16:20'],
  },
  {
    key: 'takas-4a',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    parent: 'takas-4',
    author: 'justinas',
    as: 'elektrenu-vvg',
    body: 'Atsakant į klausimą: piliakalnio šlaitu vežimėliu užvažiuoti nepavyks, bet pakrantės atkarpa bus be laiptų.',
    at: [35, '17:05'],
  },
  {
    key: 'takas-5',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    author: 'dainius',
    as: 'strevos-slenio-vvg',
    body: 'Mūsų VVG planuoja dviračių maršrutą Strėvos slėniu – būtų prasminga abu maršrutus sujungti. Susisiekime!',
    at: [29, '14:00'],
  },
  {
    key: 'takas-5a',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    parent: 'takas-5',
    author: 'vida',
    as: 'semeliskiu-bendruomene',
    body: 'Puiku, parašysiu jums el. paštu šią savaitę.',
    at: [29, '18:30'],
  },
  {
    key: 'takas-6',
    initiative: 'semeliskiu-piliakalnio-pazintinis-takas',
    author: 'karolis',
    body: 'Parduodu sausas malkas pigiai, pristatome visoje savivaldybėje! Skambinkite +370 600 00 999.',
    at: [20, '03:12'],
    hidden: {
      at: [19, '08:05'],
      by: 'justinas',
      reason: 'Reklama, nesusijusi su iniciatyva (diskusijų taisyklių 3 punktas).',
    },
    flags: [
      { by: 'mantas', at: [20, '07:40'], reason: 'Reklama', resolved: { at: [19, '08:05'], by: 'justinas' } },
      {
        by: 'aldona',
        at: [19, '07:55'],
        reason: 'Šlamštas, ne į temą',
        resolved: { at: [19, '08:05'], by: 'justinas' },
      },
    ],
  },

  // Mobili socialinė pagalba
  {
    key: 'pagalba-1',
    initiative: 'mobili-socialine-pagalba-vievio-apylinkese',
    author: 'ona',
    as: 'kietaviskiu-bendruomene',
    body: 'Ar paslauga ateityje galėtų apimti ir Kietaviškių seniūniją?',
    at: [30, '15:05'],
  },
  {
    key: 'pagalba-1a',
    initiative: 'mobili-socialine-pagalba-vievio-apylinkese',
    parent: 'pagalba-1',
    author: 'edita',
    as: 'vievio-dienos-centras-sviesa',
    body: 'Būtinai – pirmiausia išbandysime Vievio apylinkėse, o antraisiais metais plėsime.',
    at: [29, '09:30'],
  },

  // Baidarių nuoma
  {
    key: 'baidares-1',
    initiative: 'elektrenu-mariu-baidariu-nuomos-punktas',
    author: 'simona',
    as: 'vievio-sporto-klubas-streva',
    body: 'Galime kartu rengti baidarių žygius iš Vievio Strėva iki marių.',
    at: [74, '12:10'],
  },
  {
    key: 'baidares-2',
    initiative: 'elektrenu-mariu-baidariu-nuomos-punktas',
    author: 'ieva',
    body: 'Baidarės prie pakrantės tik išgąsdins žvejus ir paukščius. Nesąmonė, o ne projektas.',
    at: [65, '22:40'],
    flags: [{ by: 'vytautas', at: [65, '23:05'], reason: 'Įžeidžiantis tonas, prašau peržiūrėti.' }],
  },
  {
    key: 'baidares-2a',
    initiative: 'elektrenu-mariu-baidariu-nuomos-punktas',
    parent: 'baidares-2',
    author: 'vytautas',
    as: 'uab-mariu-zuvedra',
    body: 'Suprantame nerimą: nuomos zona bus atokiau nuo žvejybos vietų, o paukščių perėjimo metu į nendrynus neplauksime.',
    at: [64, '09:15'],
  },

  // Gilučių daržas
  {
    key: 'darzas-1',
    initiative: 'giluciu-bendruomenes-darzas-ir-seklu-biblioteka',
    author: 'jonas',
    as: 'giluciu-mokykla-daugiafunkcis-centras',
    body: 'Mokiniai jau piešia lysvių planą!',
    at: [75, '10:00'],
  },

  // Beižionių vasara
  {
    key: 'vasara-1',
    initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves',
    author: 'inga',
    as: 'beizioniu-kaimo-bendruomene',
    body: 'Ačiū valdybai už pasitikėjimą! Šventė vyks paskutinį liepos šeštadienį.',
    at: [94, '12:00'],
  },
  {
    key: 'vasara-1a',
    initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves',
    parent: 'vasara-1',
    author: 'mantas',
    body: 'Ar bus dirbtuvių mažiesiems?',
    at: [93, '19:30'],
  },
  {
    key: 'vasara-1a1',
    initiative: 'beizioniu-vasara-ir-tradiciju-dirbtuves',
    parent: 'vasara-1a',
    author: 'inga',
    as: 'beizioniu-kaimo-bendruomene',
    body: 'Bus – vytelių pynimas ir molio lipdymas vaikams.',
    at: [93, '20:10'],
  },

  // Socialinio verslo kavinė
  {
    key: 'kavine-1',
    initiative: 'socialinio-verslo-kavine-kietaviskese',
    author: 'dainius',
    as: 'asociacija-kaimo-ateitis',
    body: 'Rekomenduojame nuo pat pradžių matuoti socialinį poveikį – tai padės gauti savivaldybės užsakymų.',
    at: [139, '10:00'],
  },

  // Strėvos pakrantė
  {
    key: 'pakrante-1',
    initiative: 'strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje',
    author: 'aldona',
    as: 'pastrevio-kaimo-bendruomene',
    body: 'Pakrantės valymo talkoje dalyvavo 47 žmonės – ačiū visiems! Išvežėme dvi priekabas šiukšlių.',
    at: [175, '18:00'],
  },
  {
    key: 'pakrante-2',
    initiative: 'strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje',
    author: 'aldona',
    as: 'pastrevio-kaimo-bendruomene',
    body: 'Pavėsinės pamatai išlieti, lieptą statysime, kai nuslūgs vanduo.',
    at: [40, '17:30'],
  },
  {
    key: 'pakrante-2a',
    initiative: 'strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje',
    parent: 'pakrante-2',
    author: 'tomas',
    as: 'asociacija-zirgu-takais',
    body: 'Žirgų takas iki poilsiavietės jau pažymėtas.',
    at: [39, '08:00'],
  },

  // Kazokiškių kraštotyra
  {
    key: 'krastotyra-1',
    initiative: 'kazokiskiu-krastotyros-rinkinio-skaitmeninimas',
    author: 'algirdas',
    as: 'kazokiskiu-bendruomene',
    body: 'Virtuali paroda nuostabi – radau savo senelio nuotrauką prie malūno!',
    at: [58, '12:00'],
  },

  // Semeliškių amatų mugė
  {
    key: 'muge-1',
    initiative: 'semeliskiu-amatu-muge-ir-kalvystes-kiemas',
    author: 'laura',
    as: 'zalas-upes-partneriba',
    body: 'Paldies! Mūsų amatininkams mugė labai patiko – laukiame jūsų Latvijoje.',
    at: [118, '10:00'],
  },

  // Ūkio technika (atmesta)
  {
    key: 'technika-1',
    initiative: 'giluciu-ukio-technikos-atnaujinimas',
    author: 'kestutis',
    as: 'ukis-giluciu-medus',
    body: 'Gaila, bet suprantame. Gal galite patarti, kur kreiptis?',
    at: [91, '20:00'],
  },
  {
    key: 'technika-1a',
    initiative: 'giluciu-ukio-technikos-atnaujinimas',
    parent: 'technika-1',
    author: 'rasa',
    as: 'elektrenu-vvg',
    body: 'Žinoma – atsiuntėme jums nuorodą į ūkių modernizavimo priemonę ir konsultanto kontaktus.',
    at: [90, '09:10'],
  },
];
