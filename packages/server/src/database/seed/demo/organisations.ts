import type {
  Membership as MembershipEnum,
  OrganisationKind as OrganisationKindEnum,
  Scope as ScopeEnum,
  Sector as SectorEnum,
} from '../../../organisations/organisation.enums.js';
import type { EldershipCode } from '../reference.js';
import {
  HOST_LAG_SLUG,
  LAG_DESCRIPTION,
  LAG_FOUNDED_ON,
  LAG_NAME,
  LAG_REGISTERED_ON,
  NETWORK_JOINED_ON,
} from './lag.js';
import { LAG_DESCRIPTION_EN } from './lag.en.js';

/** The server's organisation enums as the demo data spells them (plain strings). */
export type Sector = `${SectorEnum}`;
export type OrganisationKind = `${OrganisationKindEnum}`;
export type Scope = `${ScopeEnum}`;
export type Membership = `${MembershipEnum}`;

export type DemoOrganisation = {
  slug: string;
  name: string;
  sector: Sector;
  kind: OrganisationKind;
  scope: Scope;
  /** ISO 3166 code; Lithuania when absent. */
  country?: string;
  /** The description in English, where there is one. */
  descriptionEn?: string;
  eldership?: EldershipCode;
  membership: Membership;
  memberSince?: string;
  memberUntil?: string;
  foundedOn?: string;
  registeredOn?: string;
  email?: string;
  phone?: string;
  address?: string;
  website?: string;
  description: string;
  /** Days ago the organisation was entered into Telka. */
  added: number;
};

/**
 * The LAG itself and the Lithuanian LAG network (true), then plainly fictional organisations
 * of the eight elderships and partner bodies in Lithuania and abroad. No legal codes: real
 * ones would name real bodies. The LAG is recorded as a MEMBER since its registration: it is
 * the association its members form, and "partner", "applicant" or "former" would misstate it.
 */
export const ORGANISATIONS = [
  {
    slug: HOST_LAG_SLUG,
    name: LAG_NAME,
    sector: 'NGO',
    kind: 'LAG',
    scope: 'LOCAL',
    membership: 'MEMBER',
    memberSince: LAG_REGISTERED_ON,
    foundedOn: LAG_FOUNDED_ON,
    registeredOn: LAG_REGISTERED_ON,
    email: 'info@elektrenu-vvg.example',
    phone: '+370 600 00 100',
    address: 'Elektrėnai, Elektrėnų sav.',
    website: 'https://elektrenu-vvg.example',
    description: LAG_DESCRIPTION,
    descriptionEn: LAG_DESCRIPTION_EN,
    added: 420,
  },
  {
    slug: 'lietuvos-vvg-tinklas',
    name: 'Lietuvos vietos veiklos grupių tinklas',
    sector: 'NGO',
    kind: 'NETWORK',
    scope: 'NATIONAL',
    membership: 'PARTNER',
    memberSince: NETWORK_JOINED_ON,
    email: 'info@vvg-tinklas.example',
    phone: '+370 600 00 101',
    website: 'https://vvg-tinklas.example',
    description:
      'Lietuvos vietos veiklos grupių asociacija, vienijanti šalies VVG: atstovauja jų interesams nacionalinėse ' +
      'institucijose, organizuoja patirties mainus ir mokymus. Elektrėnų savivaldybės VVG – tinklo narė nuo 2008 m.',
    added: 418,
  },

  // Beižionių seniūnija
  {
    slug: 'beizioniu-kaimo-bendruomene',
    name: 'Beižionių kaimo bendruomenė',
    sector: 'NGO',
    kind: 'RURAL_COMMUNITY',
    scope: 'LOCAL',
    eldership: 'beizioniu',
    membership: 'MEMBER',
    memberSince: '2009-03-12',
    foundedOn: '2004-05-20',
    registeredOn: '2004-06-15',
    email: 'bendruomene@beizioniai.example',
    phone: '+370 600 00 111',
    address: 'Mokyklos g. 3, Beižionys, Elektrėnų sav.',
    description:
      'Beižionių kaimo bendruomenė rūpinasi bendruomenės namais, rengia tradicinę „Beižionių vasaros“ šventę ir ' +
      'telkia gyventojus aplinkos tvarkymo talkoms.',
    added: 400,
  },
  {
    slug: 'ekologinis-ukis-zalias-slenis',
    name: 'Ekologinis ūkis „Žalias slėnis“',
    sector: 'BUSINESS',
    kind: 'FARM',
    scope: 'LOCAL',
    eldership: 'beizioniu',
    membership: 'MEMBER',
    memberSince: '2018-02-08',
    email: 'ukis@zalias-slenis.example',
    phone: '+370 600 00 112',
    website: 'https://zalias-slenis.example',
    description:
      'Šeimos ekologinis ūkis: augina daržoves ir uogas, priima moksleivių grupes edukacinėms ekskursijoms po ūkį.',
    added: 380,
  },
  {
    slug: 'beizioniu-jaunuju-ukininku-ratelis',
    name: 'Beižionių jaunųjų ūkininkų ratelis',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'LOCAL',
    eldership: 'beizioniu',
    membership: 'FORMER',
    memberSince: '2010-09-01',
    memberUntil: '2019-12-31',
    description: 'Jaunųjų ūkininkų būrelis, 2010–2019 m. buvęs VVG nariu. Narystė baigėsi būreliui nutraukus veiklą.',
    added: 390,
  },

  // Elektrėnų seniūnija
  {
    slug: 'elektrenu-savivaldybes-administracija',
    name: 'Elektrėnų savivaldybės administracija',
    sector: 'PUBLIC',
    kind: 'MUNICIPALITY_INSTITUTION',
    scope: 'LOCAL',
    eldership: 'elektrenu',
    membership: 'MEMBER',
    memberSince: LAG_REGISTERED_ON,
    email: 'kaimo-reikalai@elektrenai.example',
    phone: '+370 600 00 120',
    address: 'Elektrėnai, Elektrėnų sav.',
    website: 'https://elektrenai.example',
    description:
      'Savivaldybės administracija – viena VVG steigėjų iš vietos valdžios srities. VVG valdyboje atstovauja ' +
      'vietos valdžios sektoriui, padeda derinti vietos projektus su savivaldybės planais.',
    added: 415,
  },
  {
    slug: 'elektrenu-kulturos-centras',
    name: 'Elektrėnų kultūros centras',
    sector: 'PUBLIC',
    kind: 'CULTURAL_INSTITUTION',
    scope: 'LOCAL',
    eldership: 'elektrenu',
    membership: 'MEMBER',
    memberSince: '2012-04-19',
    email: 'renginiai@kultura-elektrenai.example',
    phone: '+370 600 00 121',
    description:
      'Savivaldybės kultūros įstaiga: rengia koncertus, parodas ir bendruomenių šventes, turi salę mokymams ir ' +
      'susirinkimams.',
    added: 370,
  },
  {
    slug: 'elektrenu-jaunimo-klubas-azuolas',
    name: 'Elektrėnų jaunimo klubas „Ąžuolas“',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'LOCAL',
    eldership: 'elektrenu',
    membership: 'MEMBER',
    memberSince: '2016-10-05',
    email: 'klubas@azuolas.example',
    description: 'Jaunimo organizacija, vienijanti 14–29 metų krašto jaunuolius: savanorystė, žygiai, debatų klubas.',
    added: 300,
  },
  {
    slug: 'uab-mariu-zuvedra',
    name: 'UAB „Marių žuvėdra“',
    sector: 'BUSINESS',
    kind: 'COMPANY',
    scope: 'LOCAL',
    eldership: 'elektrenu',
    membership: 'MEMBER',
    memberSince: '2019-05-23',
    email: 'labas@mariu-zuvedra.example',
    phone: '+370 600 00 123',
    website: 'https://mariu-zuvedra.example',
    description: 'Maža turizmo įmonė prie Elektrėnų marių: valčių ir irklenčių nuoma, žvejybos išvykos.',
    added: 260,
  },
  {
    slug: 'mb-skaitmeninis-kaimas',
    name: 'MB „Skaitmeninis kaimas“',
    sector: 'BUSINESS',
    kind: 'COMPANY',
    scope: 'LOCAL',
    eldership: 'elektrenu',
    membership: 'APPLICANT',
    email: 'info@skaitmeninis-kaimas.example',
    description:
      'Mažoji bendrija, kurianti svetaines ir el. parduotuves kaimo verslams. Pateikė prašymą tapti VVG nare.',
    added: 20,
  },
  {
    slug: 'elektrenu-turizmo-informacijos-centras',
    name: 'Elektrėnų turizmo informacijos centras',
    sector: 'PUBLIC',
    kind: 'MUNICIPALITY_INSTITUTION',
    scope: 'LOCAL',
    eldership: 'elektrenu',
    membership: 'PARTNER',
    email: 'turizmas@elektrenai.example',
    description: 'Teikia informaciją lankytojams, rengia krašto maršrutus ir leidinius.',
    added: 240,
  },

  // Gilučių seniūnija
  {
    slug: 'giluciu-kaimo-bendruomene',
    name: 'Gilučių kaimo bendruomenė',
    sector: 'NGO',
    kind: 'RURAL_COMMUNITY',
    scope: 'LOCAL',
    eldership: 'giluciu',
    membership: 'MEMBER',
    memberSince: '2010-02-25',
    email: 'giluciai@bendruomenes.example',
    description: 'Bendruomenė puoselėja kaimo daržą, rengia sodininkystės popietes ir sėklų mainus.',
    added: 395,
  },
  {
    slug: 'ukis-giluciu-medus',
    name: 'Ūkis „Gilučių medus“',
    sector: 'BUSINESS',
    kind: 'FARM',
    scope: 'LOCAL',
    eldership: 'giluciu',
    membership: 'MEMBER',
    memberSince: '2015-06-11',
    phone: '+370 600 00 131',
    description: 'Bitininkystės ūkis: medus, vaškas, bičių produktų degustacijos ir edukacijos lankytojams.',
    added: 350,
  },
  {
    slug: 'giluciu-mokykla-daugiafunkcis-centras',
    name: 'Gilučių mokykla-daugiafunkcis centras',
    sector: 'PUBLIC',
    kind: 'SCHOOL',
    scope: 'LOCAL',
    eldership: 'giluciu',
    membership: 'MEMBER',
    memberSince: '2014-09-18',
    email: 'mokykla@giluciai.example',
    description: 'Kaimo mokykla su ikimokykline grupe ir bendruomenei atvira sale, biblioteka ir sporto aikštele.',
    added: 330,
  },

  // Kazokiškių seniūnija
  {
    slug: 'kazokiskiu-bendruomene',
    name: 'Kazokiškių bendruomenė',
    sector: 'NGO',
    kind: 'RURAL_COMMUNITY',
    scope: 'LOCAL',
    eldership: 'kazokiskiu',
    membership: 'MEMBER',
    memberSince: '2008-01-30',
    email: 'kazokiskes@bendruomenes.example',
    phone: '+370 600 00 140',
    description:
      'Viena seniausių VVG narių: rūpinasi sporto aikštynu, rengia Joninių šventę ir vaikų vasaros stovyklas.',
    added: 405,
  },
  {
    slug: 'kazokiskiu-biblioteka',
    name: 'Kazokiškių biblioteka',
    sector: 'PUBLIC',
    kind: 'CULTURAL_INSTITUTION',
    scope: 'LOCAL',
    eldership: 'kazokiskiu',
    membership: 'MEMBER',
    memberSince: '2014-03-06',
    email: 'biblioteka@kazokiskes.example',
    description: 'Kaimo biblioteka: kraštotyros rinkinys, skaitymo klubas ir viešos interneto prieigos vieta.',
    added: 320,
  },
  {
    slug: 'uab-kazokiskiu-kalve',
    name: 'UAB „Kazokiškių kalvė“',
    sector: 'BUSINESS',
    kind: 'COMPANY',
    scope: 'LOCAL',
    eldership: 'kazokiskiu',
    membership: 'FORMER',
    memberSince: '2011-05-12',
    memberUntil: '2021-06-30',
    description: 'Kalvystės dirbtuvės. 2011–2021 m. buvo VVG narė; įmonė persikėlė už savivaldybės ribų.',
    added: 390,
  },

  // Kietaviškių seniūnija
  {
    slug: 'kietaviskiu-bendruomene',
    name: 'Kietaviškių bendruomenė',
    sector: 'NGO',
    kind: 'RURAL_COMMUNITY',
    scope: 'LOCAL',
    eldership: 'kietaviskiu',
    membership: 'MEMBER',
    memberSince: '2009-11-19',
    email: 'kietaviskes@bendruomenes.example',
    description: 'Bendruomenė, įkūrusi senjorų užimtumo programą ir planuojanti socialinio verslo kavinę.',
    added: 385,
  },
  {
    slug: 'kietaviskiu-gimnazija',
    name: 'Kietaviškių gimnazija',
    sector: 'PUBLIC',
    kind: 'SCHOOL',
    scope: 'LOCAL',
    eldership: 'kietaviskiu',
    membership: 'MEMBER',
    memberSince: '2013-01-24',
    email: 'rastine@kietaviskiu-gimnazija.example',
    website: 'https://kietaviskiu-gimnazija.example',
    description:
      'Gimnazija, kurios mokiniai savanoriauja bendruomenės renginiuose ir moko senjorus naudotis išmaniaisiais.',
    added: 340,
  },
  {
    slug: 'kietaviskiu-senjoru-klubas-sidabrine-gija',
    name: 'Kietaviškių senjorų klubas „Sidabrinė gija“',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'LOCAL',
    eldership: 'kietaviskiu',
    membership: 'APPLICANT',
    description: 'Senjorų klubas: rankdarbių popietės, pažintinės išvykos, bendrystė. Siekia tapti VVG nariu.',
    added: 35,
  },

  // Pastrėvio seniūnija
  {
    slug: 'pastrevio-kaimo-bendruomene',
    name: 'Pastrėvio kaimo bendruomenė',
    sector: 'NGO',
    kind: 'RURAL_COMMUNITY',
    scope: 'LOCAL',
    eldership: 'pastrevio',
    membership: 'MEMBER',
    memberSince: '2008-02-14',
    foundedOn: '2003-10-02',
    registeredOn: '2003-11-05',
    email: 'pastrevys@bendruomenes.example',
    phone: '+370 600 00 160',
    address: 'Strėvos g. 5, Pastrėvys, Elektrėnų sav.',
    website: 'https://pastrevys.example',
    description:
      'Aktyvi kaimo bendruomenė prie Strėvos upės: tvarko pakrantes ir poilsiavietę, rengia talkas, vakarones ir ' +
      'vaikų užimtumo programas. Bendruomenės namuose veikia biblioteka ir sporto salė.',
    added: 410,
  },
  {
    slug: 'ii-azuolu-pavesis',
    name: 'IĮ „Ąžuolų pavėsis“',
    sector: 'BUSINESS',
    kind: 'COMPANY',
    scope: 'LOCAL',
    eldership: 'pastrevio',
    membership: 'MEMBER',
    memberSince: '2017-03-16',
    email: 'sodyba@azuolu-pavesis.example',
    phone: '+370 600 00 161',
    website: 'https://azuolu-pavesis.example',
    description: 'Kaimo turizmo sodyba prie Strėvos: nakvynė, pirtis, dviračių nuoma ir amatų edukacijos svečiams.',
    added: 310,
  },
  {
    slug: 'asociacija-zirgu-takais',
    name: 'Asociacija „Žirgų takais“',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'LOCAL',
    eldership: 'pastrevio',
    membership: 'PARTNER',
    email: 'zirgai@zirgu-takais.example',
    description: 'Žirgininkystės mėgėjų asociacija: jojimo žygiai, hipoterapijos užsiėmimai vaikams.',
    added: 265,
  },

  // Semeliškių seniūnija
  {
    slug: 'semeliskiu-bendruomene',
    name: 'Semeliškių bendruomenė',
    sector: 'NGO',
    kind: 'RURAL_COMMUNITY',
    scope: 'LOCAL',
    eldership: 'semeliskiu',
    membership: 'MEMBER',
    memberSince: '2008-01-30',
    email: 'semeliskes@bendruomenes.example',
    phone: '+370 600 00 170',
    description:
      'Semeliškių miestelio bendruomenė: piliakalnio ir miestelio istorijos puoselėjimas, Semeliškių dienos, ' +
      'jaunimo vasaros darbo brigados.',
    added: 408,
  },
  {
    slug: 'semeliskiu-amatininku-draugija',
    name: 'Semeliškių amatininkų draugija',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'LOCAL',
    eldership: 'semeliskiu',
    membership: 'MEMBER',
    memberSince: '2014-05-29',
    email: 'amatai@semeliskes.example',
    description:
      'Audėjos, puodžiai, medžio drožėjai ir kalviai: amatų mugės, dirbtuvės vaikams, tradicinių amatų mokymai.',
    added: 360,
  },
  {
    slug: 'zub-semeliskiu-pienas',
    name: 'ŽŪB „Semeliškių pienas“',
    sector: 'BUSINESS',
    kind: 'COMPANY',
    scope: 'LOCAL',
    eldership: 'semeliskiu',
    membership: 'MEMBER',
    memberSince: '2012-08-30',
    email: 'pienas@semeliskiu-pienas.example',
    description: 'Žemės ūkio bendrovė, jungianti vietos pieno ūkius; perdirba pieną į sūrius ir varškę.',
    added: 345,
  },

  // Vievio seniūnija
  {
    slug: 'uab-vievio-duonele',
    name: 'UAB „Vievio duonelė“',
    sector: 'BUSINESS',
    kind: 'COMPANY',
    scope: 'LOCAL',
    eldership: 'vievio',
    membership: 'MEMBER',
    memberSince: '2015-11-05',
    email: 'kepykla@vievio-duonele.example',
    phone: '+370 600 00 180',
    website: 'https://vievio-duonele.example',
    description: 'Amatinė kepykla: ruginė duona su raugu, pyragai šventėms, duonos kepimo edukacijos.',
    added: 335,
  },
  {
    slug: 'vievio-bendruomene',
    name: 'Vievio bendruomenė „Mūsų namai“',
    sector: 'NGO',
    kind: 'RURAL_COMMUNITY',
    scope: 'LOCAL',
    eldership: 'vievio',
    membership: 'MEMBER',
    memberSince: '2010-06-17',
    email: 'vievis@bendruomenes.example',
    description: 'Vievio ir apylinkių gyventojų bendruomenė: kiemų šventės, talkos, kaimynų pagalbos tinklas.',
    added: 392,
  },
  {
    slug: 'vievio-kulturos-centras',
    name: 'Vievio kultūros centras',
    sector: 'PUBLIC',
    kind: 'CULTURAL_INSTITUTION',
    scope: 'LOCAL',
    eldership: 'vievio',
    membership: 'MEMBER',
    memberSince: '2011-02-10',
    email: 'kultura@vievis.example',
    description: 'Kultūros centras su mėgėjų meno kolektyvais; rengia Vievio miesto šventę ir edukacines programas.',
    added: 375,
  },
  {
    slug: 'vievio-sporto-klubas-streva',
    name: 'Vievio sporto klubas „Strėva“',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'LOCAL',
    eldership: 'vievio',
    membership: 'MEMBER',
    memberSince: '2016-04-21',
    email: 'klubas@streva-sportas.example',
    description: 'Bėgimo, orientavimosi ir baidarių sporto klubas, rengiantis sporto renginius visai šeimai.',
    added: 290,
  },
  {
    slug: 'vievio-dienos-centras-sviesa',
    name: 'Vievio dienos centras „Šviesa“',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'LOCAL',
    eldership: 'vievio',
    membership: 'MEMBER',
    memberSince: '2019-09-26',
    email: 'centras@sviesa.example',
    description: 'Dienos centras senjorams ir žmonėms su negalia: užimtumas, pavėžėjimas, pagalba namuose.',
    added: 280,
  },

  // Partners across Lithuania
  {
    slug: 'zemes-ukio-ministerija',
    name: 'Lietuvos Respublikos žemės ūkio ministerija',
    sector: 'PUBLIC',
    kind: 'MINISTRY',
    scope: 'NATIONAL',
    membership: 'PARTNER',
    email: 'kaimo-pletra@zum.example',
    website: 'https://zum.example',
    description: 'Ministerija, atsakinga už kaimo plėtros politiką ir LEADER programos įgyvendinimą Lietuvoje.',
    added: 365,
  },
  {
    slug: 'strevos-slenio-vvg',
    name: 'Strėvos slėnio vietos veiklos grupė',
    sector: 'NGO',
    kind: 'LAG',
    scope: 'NATIONAL',
    membership: 'PARTNER',
    email: 'info@strevos-slenis.example',
    website: 'https://strevos-slenis.example',
    description: 'Kaimyninė (išgalvota) vietos veiklos grupė, su kuria rengiame bendrą dviračių maršruto projektą.',
    added: 150,
  },
  {
    slug: 'asociacija-kaimo-ateitis',
    name: 'Asociacija „Kaimo ateitis“',
    sector: 'NGO',
    kind: 'ASSOCIATION',
    scope: 'NATIONAL',
    membership: 'PARTNER',
    email: 'info@kaimo-ateitis.example',
    website: 'https://kaimo-ateitis.example',
    description: 'Nacionalinė asociacija, konsultuojanti kaimo bendruomenes dėl socialinio verslo ir savanorystės.',
    added: 180,
  },
  {
    slug: 'uab-agroinovacijos',
    name: 'UAB „Agroinovacijos“',
    sector: 'BUSINESS',
    kind: 'COMPANY',
    scope: 'NATIONAL',
    membership: 'PARTNER',
    email: 'info@agroinovacijos.example',
    description: 'Konsultacijų įmonė, 2019–2022 m. konsultavusi VVG narius ūkininkus pagal bendradarbiavimo sutartį.',
    added: 390,
  },

  // Partners abroad
  {
    slug: 'zalas-upes-partneriba',
    name: 'Biedrība „Zaļās upes partnerība“',
    sector: 'NGO',
    kind: 'LAG',
    scope: 'INTERNATIONAL',
    country: 'LV',
    membership: 'PARTNER',
    email: 'info@zalas-upes.example',
    website: 'https://zalas-upes.example',
    description:
      'Latvijos (išgalvota) vietos veiklos grupė, mūsų tarptautinio bendradarbiavimo projekto „Amatų keliai be ' +
      'sienų“ partnerė.',
    added: 330,
  },
  {
    slug: 'leader-jarvimaa',
    name: 'Leader Järvimaa ry',
    sector: 'NGO',
    kind: 'LAG',
    scope: 'INTERNATIONAL',
    country: 'FI',
    membership: 'PARTNER',
    email: 'toimisto@jarvimaa.example',
    website: 'https://jarvimaa.example',
    description: 'Suomijos (išgalvota) ežerų krašto VVG; deramės dėl bendradarbiavimo kaimo turizmo srityje.',
    added: 60,
  },
  {
    slug: 'baltijos-kaimo-forumas',
    name: 'Baltijos kaimo forumas',
    sector: 'NGO',
    kind: 'INTERNATIONAL_BODY',
    scope: 'INTERNATIONAL',
    country: 'EE',
    membership: 'PARTNER',
    email: 'forum@baltic-rural.example',
    description: 'Tarptautinė (išgalvota) Baltijos šalių kaimo organizacijų platforma, kasmet rengianti forumą.',
    added: 120,
  },
] as const satisfies readonly DemoOrganisation[];

export type OrgKey = (typeof ORGANISATIONS)[number]['slug'];
