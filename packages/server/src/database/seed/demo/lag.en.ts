import type { MeasureCode, MILESTONES } from './lag.js';

/**
 * The LAG's texts in English, for the English pages (lag.ts holds the Lithuanian, the text of
 * record). Translated for Telka from the LAG's own words in seed.txt.
 */
export const LAG_DESCRIPTION_EN =
  'The Elektrėnai Municipality Local Action Group (Elektrėnai LAG) is a voluntary association that brings ' +
  'together the non-governmental and business organisations and public authorities that work in the ' +
  'Elektrėnai municipality and represent its rural residents; it represents the interests of the ' +
  "municipality's rural residents and looks after rural development.";

export const STRATEGY_EN = {
  title: 'Local Development Strategy 2023–2029',
  vision:
    'The territory of the Elektrėnai Municipality Local Action Group is an attractive and convenient place to ' +
    'live, work and spend active leisure. Its environment favours public services, small business and social ' +
    'entrepreneurship. The area draws visitors with its beautiful landscape, its history and cultural heritage, ' +
    'the traditions it keeps, and its well-developed leisure, sports and tourism services.',
  mission:
    'The Elektrėnai Municipality LAG unites representatives of non-governmental organisations, local government ' +
    'and business in preparing and implementing the Local Development Strategy, and fosters the leadership, ' +
    'social inclusion and ability of the residents of its territory to take an active part in economic life.',
};

/** The goals in the order of `PRIORITIES` (lag.ts). */
export const PRIORITIES_EN: readonly string[] = [
  'Take an active part in preparing and implementing rural development plans and programmes in the Elektrėnai municipality',
  'Bring together the efforts of local government, business, non-governmental and other bodies and organisations in seeking the best solutions for the economic and social well-being of rural areas',
  "Encourage and support local rural people's initiatives in business, nature protection, education, culture, social support and other fields",
  'Make proposals to local and national bodies and organisations on preparing and implementing rural development plans and measures',
  'Prepare the development strategy of the territory of the Elektrėnai Municipality Local Action Group',
  'Organise education and training for those taking part in rural development',
  "Organise and provide support for rural communities' projects and initiatives",
  "Encourage the group's cooperation with other public national and international organisations, and with other bodies and organisations in Lithuania and abroad",
];

export const MEASURE_TITLES_EN: Record<MeasureCode, string> = {
  'VPS-2.1': 'Starting and growing small businesses in rural areas',
  'VPS-3.1': 'Starting and growing social businesses',
  'VPS-3.2': "Preserving nature and landscape through communities' initiatives",
  'VPS-6.1': 'Training rural residents and building their skills',
  'VPS-7.1': "Improving communities' public spaces and services",
  'VPS-7.2': 'Cherishing cultural heritage and local traditions',
  'VPS-7.3': 'Developing rural tourism and active leisure services',
  'VPS-8.1': 'Inter-territorial and international cooperation',
};

export const MILESTONES_EN: Record<(typeof MILESTONES)[number]['key'], { title: string; description: string }> = {
  'steigiamasis-susirinkimas': {
    title: 'Founding meeting',
    description:
      'The founding meeting took place on 14 December 2006. Elders, representatives of communities of the ' +
      'Elektrėnai municipality and heads of some departments of the municipal administration were invited. ' +
      'The meeting approved the draft articles of association of the LAG and proposed its founders: one ' +
      'representative each from business, communities and local government.',
  },
  iregistravimas: {
    title: 'The LAG is registered in the Register of Legal Entities',
    description:
      'The local action group was entered in the Register of Legal Entities on 16 January 2007; its articles of ' +
      'association were approved the same day, and the LAG began its work under them.',
  },
  'naryste-vvg-tinkle': {
    title: 'Membership of the Lithuanian LAG Network',
    description:
      'On 14 April 2008 the Elektrėnai Municipality Local Action Group became a member of the Lithuanian LAG Network.',
  },
};
