/**
 * The LAG's own story, in its own words (seed.txt): who it is, its goals, vision and mission,
 * and its history. Everything here is true; the measures and budgets are illustrative.
 */

/** The host LAG's organisation slug: the "about" page and the partnerships start from it. */
export const HOST_LAG_SLUG = 'elektrenu-vvg';

export const LAG_NAME = 'Elektrėnų savivaldybės vietos veiklos grupė';

export const LAG_DESCRIPTION =
  'Elektrėnų savivaldybės vietos veiklos grupė (Elektrėnų VVG) – savanoriška asociacija, kuri jungia ' +
  'Elektrėnų savivaldybės teritorijoje veikiančias ir kaimo gyventojams atstovaujančias nevyriausybines, ' +
  'verslo sektoriaus organizacijas, valdžios institucijas ir atstovauja Elektrėnų savivaldybės kaimo ' +
  'gyventojų interesams bei rūpinasi kaimo plėtra.';

export const LAG_FOUNDED_ON = '2006-12-14';
export const LAG_REGISTERED_ON = '2007-01-16';
export const NETWORK_JOINED_ON = '2008-04-14';

export const STRATEGY = {
  key: 'vps-2023-2029',
  title: 'Vietos plėtros strategija 2023–2029',
  periodStart: '2023-01-01',
  periodEnd: '2029-12-31',
  vision:
    'Elektrėnų savivaldybės vietos veiklos grupės teritorija – patraukli ir patogi gyventi, dirbti, aktyviai ' +
    'ilsėtis. Aplinka palanki plėtoti viešąsias paslaugas, smulkųjį verslą bei socialinį verslumą. Kraštas ' +
    'patrauklus turistams dėl gražaus gamtovaizdžio, istorijos ir kultūros paveldo, puoselėjamų tradicijų, ' +
    'išplėtotų laisvalaikio, sporto, turizmo viešųjų paslaugų.',
  mission:
    'Elektrėnų sav. VVG vienija nevyriausybinių organizacijų, savivaldos institucijų ir verslo sektoriaus ' +
    'atstovus rengiant ir įgyvendinant Vietos plėtros strategiją, skatina VVG teritorijos gyventojų ' +
    'lyderystę, socialinę įtrauktį bei gebėjimus aktyviai dalyvauti ekonominėje veikloje.',
} as const;

/** The LAG's eight goals (seed.txt, "VVG tikslai"), in order: the strategy's priorities. */
export const PRIORITIES = [
  'Aktyviai dalyvauti rengiant ir įgyvendinant kaimo plėtros planus bei programas Elektrėnų savivaldybėje',
  'Telkti vietos valdžios, verslo, nevyriausybinių ir kitų įstaigų bei organizacijų pastangas, ieškant tinkamiausių sprendimų kaimo vietovių ekonominei ir socialinei gerovei kelti',
  'Skatinti ir palaikyti vietines kaimo žmonių iniciatyvas verslo, gamtos apsaugos, švietimo, kultūros, socialinės paramos ir kitose srityse',
  'Teikti pasiūlymus vietos ir nacionalinėms institucijoms bei organizacijoms dėl kaimo plėtros planų ir priemonių kūrimo bei įgyvendinimo',
  'Parengti Elektrėnų savivaldybės vietos veiklos grupės teritorijos plėtros strategiją',
  'Organizuoti kaimo plėtros dalyvių švietimą bei mokymą',
  'Organizuoti ir teikti paramą kaimo bendruomenių projektams ir iniciatyvoms įgyvendinti',
  'Skatinti grupės bendradarbiavimą su kitomis visuomeninėmis nacionalinėmis ir tarptautinėmis organizacijomis bei kitomis įstaigomis ir organizacijomis Lietuvoje ir užsienyje',
] as const;

/** The strategy's measures: code, title, the priority (1-based) they serve, budget in euro. */
export const MEASURES = [
  { code: 'VPS-2.1', priority: 2, budgetEur: 1_200_000, title: 'Smulkaus verslo kūrimas ir plėtra kaimo vietovėse' },
  { code: 'VPS-3.1', priority: 3, budgetEur: 450_000, title: 'Socialinio verslo kūrimas ir plėtra' },
  {
    code: 'VPS-3.2',
    priority: 3,
    budgetEur: 180_000,
    title: 'Gamtos ir kraštovaizdžio išsaugojimas bendruomenių iniciatyvomis',
  },
  { code: 'VPS-6.1', priority: 6, budgetEur: 90_000, title: 'Kaimo gyventojų mokymai ir gebėjimų stiprinimas' },
  { code: 'VPS-7.1', priority: 7, budgetEur: 650_000, title: 'Bendruomenių viešųjų erdvių ir paslaugų gerinimas' },
  { code: 'VPS-7.2', priority: 7, budgetEur: 220_000, title: 'Kultūros paveldo ir vietos tradicijų puoselėjimas' },
  { code: 'VPS-7.3', priority: 7, budgetEur: 380_000, title: 'Kaimo turizmo ir aktyvaus laisvalaikio paslaugų plėtra' },
  { code: 'VPS-8.1', priority: 8, budgetEur: 120_000, title: 'Tarpteritorinis ir tarptautinis bendradarbiavimas' },
] as const;
export type MeasureCode = (typeof MEASURES)[number]['code'];

/** The LAG's history (seed.txt, "VVG istorija"). */
export const MILESTONES = [
  {
    key: 'steigiamasis-susirinkimas',
    occurredOn: LAG_FOUNDED_ON,
    title: 'Steigiamasis susirinkimas',
    description:
      '2006 m. gruodžio 14 d. įvyko steigiamojo susirinkimo posėdis, į kurį dalyvauti buvo sukviesti seniūnai, ' +
      'Elektrėnų savivaldybės bendruomenių atstovai, kai kurių Elektrėnų savivaldybės administracijos skyrių ' +
      'vedėjai. Steigiamojo susirinkimo metu buvo pritarta parengtiems VVG įstatams, pasiūlyti VVG steigėjai: ' +
      'po vieną atstovą iš verslo, bendruomenių ir vietos valdžios srities.',
  },
  {
    key: 'iregistravimas',
    occurredOn: LAG_REGISTERED_ON,
    title: 'VVG įregistruota Juridinių asmenų registre',
    description:
      'Vietos veiklos grupė Juridinių asmenų registre buvo įregistruota 2007 m. sausio 16 d., tą pačią dieną ' +
      'buvo patvirtinti ir VVG įstatai, kuriais vadovaujantis VVG pradėjo vykdyti veiklą.',
  },
  {
    key: 'naryste-vvg-tinkle',
    occurredOn: NETWORK_JOINED_ON,
    title: 'Narystė Lietuvos VVG tinkle',
    description: '2008 m. balandžio 14 d. Elektrėnų savivaldybės vietos veiklos grupė tapo Lietuvos VVG tinklo nare.',
  },
] as const;
