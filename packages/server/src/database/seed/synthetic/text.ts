import type { OrganisationKind as OrganisationKindEnum } from '../../../organisations/organisation.enums.js';
import type { Random } from './random.js';

/** Villages and towns of the municipality, in the genitive ("Pastrėvio kaimo bendruomenė"). */
export const PLACES = [
  'Abromiškių',
  'Anykštėnų',
  'Ausieniškių',
  'Balceriškių',
  'Beižionių',
  'Būdos',
  'Dabužių',
  'Darželių',
  'Gilučių',
  'Jagėlonių',
  'Karpiškių',
  'Kazokiškių',
  'Kietaviškių',
  'Lazdėnų',
  'Mustenų',
  'Pakalniškių',
  'Pastrėvio',
  'Rykantų',
  'Semeliškių',
  'Strėvos',
  'Vievio',
  'Žebertonių',
  'Geišiūnų',
  'Kloninių Mijaugonių',
] as const;

const MALE_FIRST = [
  'Jonas',
  'Petras',
  'Antanas',
  'Tomas',
  'Mantas',
  'Darius',
  'Paulius',
  'Andrius',
  'Vytautas',
  'Rimantas',
  'Saulius',
  'Kęstutis',
  'Giedrius',
  'Marius',
  'Lukas',
  'Matas',
  'Domantas',
  'Algirdas',
  'Gintaras',
  'Arūnas',
] as const;
const FEMALE_FIRST = [
  'Ona',
  'Aldona',
  'Rasa',
  'Inga',
  'Vida',
  'Lina',
  'Eglė',
  'Greta',
  'Ieva',
  'Rūta',
  'Asta',
  'Jurgita',
  'Simona',
  'Milda',
  'Aistė',
  'Kristina',
  'Laura',
  'Gabija',
  'Austėja',
  'Dalia',
] as const;
const MALE_LAST = [
  'Kazlauskas',
  'Petrauskas',
  'Jankauskas',
  'Stankevičius',
  'Vasiliauskas',
  'Žukauskas',
  'Butkus',
  'Paulauskas',
  'Urbonas',
  'Kavaliauskas',
  'Navickas',
  'Ramanauskas',
  'Balčiūnas',
  'Mockus',
  'Rimkus',
  'Grigas',
  'Vilkas',
  'Mažeika',
  'Adomaitis',
  'Šimkus',
] as const;
const FEMALE_LAST = [
  'Kazlauskienė',
  'Petrauskaitė',
  'Jankauskienė',
  'Stankevičiūtė',
  'Vasiliauskienė',
  'Žukauskaitė',
  'Butkienė',
  'Paulauskaitė',
  'Urbonienė',
  'Kavaliauskaitė',
  'Navickienė',
  'Ramanauskaitė',
  'Balčiūnienė',
  'Mockutė',
  'Rimkienė',
  'Grigaitė',
  'Vilkienė',
  'Mažeikaitė',
  'Adomaitienė',
  'Šimkutė',
] as const;

/** A fictional Lithuanian name, first and last in the same gender. */
export function personName(random: Random): { first: string; last: string } {
  return random.chance(0.5)
    ? { first: random.pick(MALE_FIRST), last: random.pick(MALE_LAST) }
    : { first: random.pick(FEMALE_FIRST), last: random.pick(FEMALE_LAST) };
}

const QUOTED = [
  'Ąžuolas',
  'Šaltinis',
  'Vaivorykštė',
  'Gija',
  'Strėva',
  'Žiedas',
  'Aitvaras',
  'Versmė',
  'Rasa',
  'Kregždė',
  'Bitutė',
  'Pušynas',
  'Linas',
  'Smilga',
  'Drevė',
  'Žalias slėnis',
  'Sodžius',
  'Duonelė',
  'Gandras',
  'Medeina',
] as const;
const TRADES = [
  'duona',
  'mediena',
  'pienas',
  'medus',
  'statyba',
  'sodyba',
  'kelionės',
  'amatai',
  'daržovės',
  'žuvis',
] as const;
const ASSOCIATION = [
  'jaunimo klubas',
  'senjorų klubas',
  'sporto klubas',
  'amatininkų draugija',
  'moterų draugija',
  'ūkininkų sąjunga',
  'medžiotojų būrelis',
  'kraštotyros draugija',
] as const;
const INSTITUTION = ['seniūnija', 'socialinių paslaugų skyrius', 'turizmo informacijos punktas'] as const;
const SCHOOL = ['gimnazija', 'pagrindinė mokykla', 'progimnazija', 'mokykla-daugiafunkcis centras'] as const;
const CULTURAL = ['biblioteka', 'kultūros namai', 'laisvalaikio salė', 'kraštotyros muziejus'] as const;
const MINISTRIES = [
  'Žemės ūkio ministerija',
  'Socialinės apsaugos ir darbo ministerija',
  'Kultūros ministerija',
  'Aplinkos ministerija',
] as const;
const FOREIGN = [
  { country: 'LV', name: (w: string) => `Biedrība „${w} partnerība“` },
  { country: 'EE', name: (w: string) => `MTÜ ${w} Koostöökogu` },
  { country: 'FI', name: (w: string) => `Leader ${w} ry` },
  { country: 'PL', name: (w: string) => `Stowarzyszenie LGD „${w}“` },
  { country: 'DE', name: (w: string) => `LAG ${w} e.V.` },
  { country: 'SE', name: (w: string) => `Leader ${w}` },
] as const;
const FOREIGN_WORDS = [
  'Järvimaa',
  'Mežaine',
  'Metsaküla',
  'Jeziora',
  'Waldland',
  'Sjöbygd',
  'Upesmala',
  'Rannaküla',
] as const;

export type OrganisationKind = `${OrganisationKindEnum}`;

/** A plausible organisation name for its kind; `country` is set for foreign bodies. */
export function organisationName(
  random: Random,
  kind: OrganisationKind,
  scope: string,
): { name: string; country: string } {
  const place = random.pick(PLACES);
  const word = random.pick(QUOTED);
  if (scope === 'INTERNATIONAL') {
    const foreign = random.pick(FOREIGN);
    return { name: foreign.name(random.pick(FOREIGN_WORDS)), country: foreign.country };
  }
  switch (kind) {
    case 'RURAL_COMMUNITY':
      return { name: `${place} kaimo bendruomenė`, country: 'LT' };
    case 'ASSOCIATION':
      return {
        name: scope === 'NATIONAL' ? `Asociacija „${word}“` : `${place} ${random.pick(ASSOCIATION)} „${word}“`,
        country: 'LT',
      };
    case 'COMPANY':
      return { name: `${random.chance(0.7) ? 'UAB' : 'MB'} „${place} ${random.pick(TRADES)}“`, country: 'LT' };
    case 'FARM':
      return { name: `${place} ūkis „${word}“`, country: 'LT' };
    case 'MUNICIPALITY_INSTITUTION':
      return { name: `${place} ${random.pick(INSTITUTION)}`, country: 'LT' };
    case 'SCHOOL':
      return { name: `${place} ${random.pick(SCHOOL)}`, country: 'LT' };
    case 'CULTURAL_INSTITUTION':
      return { name: `${place} ${random.pick(CULTURAL)}`, country: 'LT' };
    case 'MINISTRY':
      return { name: `Lietuvos Respublikos ${random.pick(MINISTRIES).toLowerCase()}`, country: 'LT' };
    case 'LAG':
      return { name: `${place} krašto vietos veiklos grupė`, country: 'LT' };
    default:
      return { name: `Viešoji įstaiga „${word}“`, country: 'LT' };
  }
}

// Objects of rural initiatives: accusative and genitive side by side.
const OBJECTS = [
  ['sporto aikštyną', 'sporto aikštyno'],
  ['bendruomenės namus', 'bendruomenės namų'],
  ['vaikų žaidimų aikštelę', 'vaikų žaidimų aikštelės'],
  ['pažintinį taką', 'pažintinio tako'],
  ['amatų dirbtuves', 'amatų dirbtuvių'],
  ['ežero pakrantę', 'ežero pakrantės'],
  ['bibliotekos skaityklą', 'bibliotekos skaityklos'],
  ['jaunimo erdvę', 'jaunimo erdvės'],
  ['senjorų klubą', 'senjorų klubo'],
  ['dviračių taką', 'dviračių tako'],
  ['kaimo parką', 'kaimo parko'],
  ['turgelio aikštę', 'turgelio aikštės'],
  ['poilsiavietę', 'poilsiavietės'],
  ['kultūros namų salę', 'kultūros namų salės'],
  ['piliakalnio prieigas', 'piliakalnio prieigų'],
  ['bitininkystės edukaciją', 'bitininkystės edukacijos'],
  ['duonos kepimo edukaciją', 'duonos kepimo edukacijos'],
  ['socialinio verslo kavinę', 'socialinio verslo kavinės'],
] as const;
const VERBS = [
  'atnaujinti',
  'įrengti',
  'sutvarkyti',
  'išplėsti',
  'pritaikyti bendruomenei',
  'modernizuoti',
  'apšviesti',
  'pažymėti',
] as const;
const ACTIONS = [
  'atnaujinimas',
  'įrengimas',
  'sutvarkymas',
  'plėtra',
  'pritaikymas bendruomenei',
  'modernizavimas',
  'kūrimas',
  'skaitmeninimas',
] as const;
const OPENERS = [
  'Siūlome',
  'Norime',
  'Planuojame',
  'Būtų gera',
  'Reikėtų',
  'Bendruomenė nori',
  'Gyventojai prašo',
] as const;
const BENEFITS = [
  'jaunimui rasti prasmingą užimtumą',
  'senjorams dažniau išeiti iš namų',
  'pritraukti daugiau turistų',
  'sukurti naujų darbo vietų',
  'išsaugoti vietos tradicijas',
  'stiprinti kaimynystę',
  'saugoti gamtą ir kraštovaizdį',
  'vaikams saugiai leisti laiką lauke',
  'vietos ūkininkams parduoti savo produkciją',
] as const;
const REACTIONS = [
  'Palaikome šią idėją!',
  'Puiki iniciatyva, prisidėsime talka.',
  'Ar numatytas finansavimas priežiūrai po projekto?',
  'Kada planuojama pradėti darbus?',
  'Mūsų bendruomenė mielai prisijungs.',
  'Reikėtų tai aptarti su seniūnija.',
  'Siūlau įtraukti ir jaunimą.',
  'Ar sąmatoje įvertintas PVM?',
  'Ačiū už atsakymą, viskas aišku.',
  'Gal galima pasinaudoti kaimyninės bendruomenės patirtimi?',
] as const;

function sentence(random: Random): string {
  const [accusative] = random.pick(OBJECTS);
  const place = random.pick(PLACES);
  return random.chance(0.5)
    ? `${random.pick(OPENERS)} ${random.pick(VERBS)} ${accusative} ${place} ${random.chance(0.5) ? 'kaime' : 'apylinkėse'}.`
    : `Projektas padės ${random.pick(BENEFITS)} ${place} ${random.chance(0.5) ? 'kaime' : 'apylinkėse'}.`;
}

export function initiativeTitle(random: Random): string {
  const [, genitive] = random.pick(OBJECTS);
  return `${random.pick(PLACES)} ${genitive} ${random.pick(ACTIONS)}`;
}

export function initiativeSummary(random: Random): string {
  return `${sentence(random)} ${sentence(random)}`;
}

/** A short Markdown body with headings, a list and a few sentences. */
export function initiativeBody(random: Random): string {
  const paragraph = () => [sentence(random), sentence(random), sentence(random)].join(' ');
  return (
    `## Kodėl to reikia\n\n${paragraph()}\n\n## Ką darysime\n\n` +
    `- ${sentence(random)}\n- ${sentence(random)}\n- ${sentence(random)}\n\n## Nauda\n\n${paragraph()}`
  );
}

export function commentBody(random: Random): string {
  const length = 1 + random.int(3);
  const parts: string[] = [random.pick(REACTIONS)];
  for (let i = 1; i < length; i++) parts.push(sentence(random));
  return parts.join(random.chance(0.2) ? '\n\n' : ' ');
}

export function organisationDescription(random: Random): string {
  return `${sentence(random)} ${sentence(random)}`;
}

export function endorsementNote(random: Random): string {
  return random.pick(REACTIONS);
}
