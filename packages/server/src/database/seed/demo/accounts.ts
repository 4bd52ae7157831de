import type { OrgKey } from './organisations.js';

/** The one password of every demo account. */
export const DEMO_PASSWORD = 'telka-demo-2026';

export const DEMO_ADMIN_EMAIL = 'admin@telka.demo';
export const DEMO_STAFF_EMAIL = 'darbuotoja@telka.demo';
/** Chairs Pastrėvio kaimo bendruomenė (a MEMBER community); holds a board seat. */
export const DEMO_MEMBER_REPRESENTATIVE_EMAIL = 'atstove@telka.demo';
/** Represents two PARTNER organisations: Strėvos slėnio VVG and Asociacija „Kaimo ateitis“. */
export const DEMO_PARTNER_REPRESENTATIVE_EMAIL = 'partneris@telka.demo';
/** A resident with no organisation. */
export const DEMO_USER_EMAIL = 'gyventojas@telka.demo';

export type PlatformRole = 'USER' | 'STAFF' | 'ADMIN';

/** The accounts to try the platform with (all with {@link DEMO_PASSWORD}), e.g. for a sign-in hint. */
export const DEMO_ACCOUNTS = [
  { email: DEMO_ADMIN_EMAIL, role: 'ADMIN', description: 'Administratorius' },
  { email: DEMO_STAFF_EMAIL, role: 'STAFF', description: 'VVG darbuotoja' },
  { email: DEMO_MEMBER_REPRESENTATIVE_EMAIL, role: 'USER', description: 'Narės bendruomenės atstovė' },
  { email: DEMO_PARTNER_REPRESENTATIVE_EMAIL, role: 'USER', description: 'Partnerių organizacijų atstovas' },
  { email: DEMO_USER_EMAIL, role: 'USER', description: 'Gyventojas' },
] as const satisfies readonly { email: string; role: PlatformRole; description: string }[];

export type DemoPerson = {
  key: string;
  displayName: string;
  email: string;
  role: PlatformRole;
  locale?: 'lt' | 'en';
  /** Days ago the account was created. */
  joined: number;
};

/** Fictional people; any likeness to real persons is chance. */
export const PEOPLE = [
  { key: 'admin', displayName: 'Telkos administratorius', email: DEMO_ADMIN_EMAIL, role: 'ADMIN', joined: 420 },
  { key: 'rasa', displayName: 'Rasa Vaitkevičiūtė', email: DEMO_STAFF_EMAIL, role: 'STAFF', joined: 419 },
  { key: 'justinas', displayName: 'Justinas Mockus', email: 'justinas.mockus@telka.demo', role: 'STAFF', joined: 335 },
  {
    key: 'aldona',
    displayName: 'Aldona Petrauskienė',
    email: DEMO_MEMBER_REPRESENTATIVE_EMAIL,
    role: 'USER',
    joined: 410,
  },
  {
    key: 'dainius',
    displayName: 'Dainius Lukoševičius',
    email: DEMO_PARTNER_REPRESENTATIVE_EMAIL,
    role: 'USER',
    joined: 150,
  },
  { key: 'mantas', displayName: 'Mantas Jankauskas', email: DEMO_USER_EMAIL, role: 'USER', joined: 95 },
  { key: 'vida', displayName: 'Vida Kazlauskienė', email: 'vida.kazlauskiene@telka.demo', role: 'USER', joined: 407 },
  { key: 'algirdas', displayName: 'Algirdas Urbonas', email: 'algirdas.urbonas@telka.demo', role: 'USER', joined: 404 },
  { key: 'inga', displayName: 'Inga Balčiūnienė', email: 'inga.balciuniene@telka.demo', role: 'USER', joined: 399 },
  {
    key: 'rimantas',
    displayName: 'Rimantas Žukauskas',
    email: 'rimantas.zukauskas@telka.demo',
    role: 'USER',
    joined: 359,
  },
  { key: 'lina', displayName: 'Lina Stonkutė', email: 'lina.stonkute@telka.demo', role: 'USER', joined: 334 },
  { key: 'darius', displayName: 'Darius Paulauskas', email: 'darius.paulauskas@telka.demo', role: 'USER', joined: 344 },
  { key: 'egle', displayName: 'Eglė Navickienė', email: 'egle.navickiene@telka.demo', role: 'USER', joined: 309 },
  { key: 'kestutis', displayName: 'Kęstutis Butkus', email: 'kestutis.butkus@telka.demo', role: 'USER', joined: 349 },
  {
    key: 'audrone',
    displayName: 'Audronė Sabaliauskienė',
    email: 'audrone.sabaliauskiene@telka.demo',
    role: 'USER',
    joined: 414,
  },
  { key: 'tadas', displayName: 'Tadas Rimkus', email: 'tadas.rimkus@telka.demo', role: 'USER', joined: 339 },
  {
    key: 'jurgita',
    displayName: 'Jurgita Mikalauskaitė',
    email: 'jurgita.mikalauskaite@telka.demo',
    role: 'USER',
    joined: 374,
  },
  { key: 'paulius', displayName: 'Paulius Grigas', email: 'paulius.grigas@telka.demo', role: 'USER', joined: 369 },
  {
    key: 'simona',
    displayName: 'Simona Vasiliauskaitė',
    email: 'simona.vasiliauskaite@telka.demo',
    role: 'USER',
    joined: 289,
  },
  { key: 'ona', displayName: 'Ona Jonaitienė', email: 'ona.jonaitiene@telka.demo', role: 'USER', joined: 384 },
  { key: 'greta', displayName: 'Greta Kairytė', email: 'greta.kairyte@telka.demo', role: 'USER', joined: 391 },
  { key: 'vytautas', displayName: 'Vytautas Mažeika', email: 'vytautas.mazeika@telka.demo', role: 'USER', joined: 259 },
  { key: 'edita', displayName: 'Edita Adomaitienė', email: 'edita.adomaitiene@telka.demo', role: 'USER', joined: 279 },
  { key: 'ruta', displayName: 'Rūta Baranauskienė', email: 'ruta.baranauskiene@telka.demo', role: 'USER', joined: 319 },
  { key: 'jonas', displayName: 'Jonas Vilkas', email: 'jonas.vilkas@telka.demo', role: 'USER', joined: 329 },
  { key: 'milda', displayName: 'Milda Šimkutė', email: 'milda.simkute@telka.demo', role: 'USER', joined: 19 },
  { key: 'saulius', displayName: 'Saulius Jankūnas', email: 'saulius.jankunas@telka.demo', role: 'USER', joined: 34 },
  { key: 'marius', displayName: 'Marius Petrulis', email: 'marius.petrulis@telka.demo', role: 'USER', joined: 417 },
  { key: 'aiste', displayName: 'Aistė Norkutė', email: 'aiste.norkute@telka.demo', role: 'USER', joined: 200 },
  {
    key: 'laura',
    displayName: 'Laura Bērziņa',
    email: 'laura.berzina@telka.demo',
    role: 'USER',
    locale: 'en',
    joined: 329,
  },
  {
    key: 'mikko',
    displayName: 'Mikko Järvinen',
    email: 'mikko.jarvinen@telka.demo',
    role: 'USER',
    locale: 'en',
    joined: 59,
  },
  { key: 'ieva', displayName: 'Ieva Rutkauskaitė', email: 'ieva.rutkauskaite@telka.demo', role: 'USER', joined: 80 },
  { key: 'tomas', displayName: 'Tomas Žilinskas', email: 'tomas.zilinskas@telka.demo', role: 'USER', joined: 262 },
  { key: 'karolis', displayName: 'Karolis P.', email: 'karolis.p@telka.demo', role: 'USER', joined: 21 },
] as const satisfies readonly DemoPerson[];

export type PersonKey = (typeof PEOPLE)[number]['key'];

export type DemoAffiliation = {
  person: PersonKey;
  organisation: OrgKey;
  role: 'REPRESENTATIVE' | 'MEMBER';
  title?: string;
};

/** Who speaks for which organisation; several people speak for two. */
export const AFFILIATIONS: readonly DemoAffiliation[] = [
  { person: 'rasa', organisation: 'elektrenu-vvg', role: 'REPRESENTATIVE', title: 'VVG administratorė' },
  { person: 'justinas', organisation: 'elektrenu-vvg', role: 'REPRESENTATIVE', title: 'Projektų vadovas' },
  { person: 'aldona', organisation: 'pastrevio-kaimo-bendruomene', role: 'REPRESENTATIVE', title: 'Pirmininkė' },
  { person: 'aldona', organisation: 'semeliskiu-amatininku-draugija', role: 'MEMBER', title: 'Audėja' },
  { person: 'dainius', organisation: 'strevos-slenio-vvg', role: 'REPRESENTATIVE', title: 'Pirmininkas' },
  { person: 'dainius', organisation: 'asociacija-kaimo-ateitis', role: 'REPRESENTATIVE', title: 'Valdybos narys' },
  { person: 'vida', organisation: 'semeliskiu-bendruomene', role: 'REPRESENTATIVE', title: 'Pirmininkė' },
  { person: 'algirdas', organisation: 'kazokiskiu-bendruomene', role: 'REPRESENTATIVE', title: 'Pirmininkas' },
  { person: 'inga', organisation: 'beizioniu-kaimo-bendruomene', role: 'REPRESENTATIVE', title: 'Pirmininkė' },
  {
    person: 'rimantas',
    organisation: 'semeliskiu-amatininku-draugija',
    role: 'REPRESENTATIVE',
    title: 'Draugijos vadovas',
  },
  { person: 'lina', organisation: 'uab-vievio-duonele', role: 'REPRESENTATIVE', title: 'Direktorė' },
  { person: 'darius', organisation: 'zub-semeliskiu-pienas', role: 'REPRESENTATIVE', title: 'Pirmininkas' },
  { person: 'egle', organisation: 'ii-azuolu-pavesis', role: 'REPRESENTATIVE', title: 'Savininkė' },
  { person: 'egle', organisation: 'pastrevio-kaimo-bendruomene', role: 'MEMBER' },
  { person: 'kestutis', organisation: 'ukis-giluciu-medus', role: 'REPRESENTATIVE', title: 'Ūkininkas' },
  { person: 'kestutis', organisation: 'giluciu-kaimo-bendruomene', role: 'REPRESENTATIVE', title: 'Pirmininkas' },
  {
    person: 'audrone',
    organisation: 'elektrenu-savivaldybes-administracija',
    role: 'REPRESENTATIVE',
    title: 'Kaimo reikalų skyriaus vedėja',
  },
  {
    person: 'tadas',
    organisation: 'kietaviskiu-gimnazija',
    role: 'REPRESENTATIVE',
    title: 'Direktoriaus pavaduotojas',
  },
  { person: 'jurgita', organisation: 'vievio-kulturos-centras', role: 'REPRESENTATIVE', title: 'Direktorė' },
  {
    person: 'paulius',
    organisation: 'elektrenu-kulturos-centras',
    role: 'REPRESENTATIVE',
    title: 'Renginių organizatorius',
  },
  { person: 'simona', organisation: 'vievio-sporto-klubas-streva', role: 'REPRESENTATIVE', title: 'Trenerė' },
  { person: 'simona', organisation: 'elektrenu-jaunimo-klubas-azuolas', role: 'MEMBER' },
  { person: 'ona', organisation: 'kietaviskiu-bendruomene', role: 'REPRESENTATIVE', title: 'Pirmininkė' },
  { person: 'greta', organisation: 'vievio-bendruomene', role: 'REPRESENTATIVE', title: 'Pirmininkė' },
  { person: 'greta', organisation: 'elektrenu-jaunimo-klubas-azuolas', role: 'REPRESENTATIVE', title: 'Koordinatorė' },
  { person: 'vytautas', organisation: 'uab-mariu-zuvedra', role: 'REPRESENTATIVE', title: 'Direktorius' },
  { person: 'edita', organisation: 'vievio-dienos-centras-sviesa', role: 'REPRESENTATIVE', title: 'Vadovė' },
  { person: 'ruta', organisation: 'kazokiskiu-biblioteka', role: 'REPRESENTATIVE', title: 'Bibliotekininkė' },
  {
    person: 'jonas',
    organisation: 'giluciu-mokykla-daugiafunkcis-centras',
    role: 'REPRESENTATIVE',
    title: 'Direktorius',
  },
  { person: 'jonas', organisation: 'ekologinis-ukis-zalias-slenis', role: 'REPRESENTATIVE', title: 'Ūkio šeimininkas' },
  { person: 'milda', organisation: 'mb-skaitmeninis-kaimas', role: 'REPRESENTATIVE', title: 'Vadovė' },
  {
    person: 'saulius',
    organisation: 'kietaviskiu-senjoru-klubas-sidabrine-gija',
    role: 'REPRESENTATIVE',
    title: 'Klubo pirmininkas',
  },
  { person: 'marius', organisation: 'lietuvos-vvg-tinklas', role: 'REPRESENTATIVE', title: 'Tinklo koordinatorius' },
  {
    person: 'aiste',
    organisation: 'zemes-ukio-ministerija',
    role: 'REPRESENTATIVE',
    title: 'Kaimo plėtros departamento specialistė',
  },
  { person: 'laura', organisation: 'zalas-upes-partneriba', role: 'REPRESENTATIVE', title: 'Projektų koordinatorė' },
  { person: 'mikko', organisation: 'leader-jarvimaa', role: 'REPRESENTATIVE', title: 'Toiminnanjohtaja (vadovas)' },
  { person: 'tomas', organisation: 'asociacija-zirgu-takais', role: 'REPRESENTATIVE', title: 'Pirmininkas' },
  {
    person: 'paulius',
    organisation: 'elektrenu-turizmo-informacijos-centras',
    role: 'REPRESENTATIVE',
    title: 'Maršrutų koordinatorius',
  },
];
