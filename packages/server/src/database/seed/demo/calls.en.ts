/**
 * The calls' texts in English, for the English pages (calls.ts holds the Lithuanian, the text of
 * record), by call key; lists in the order of the call's own, a question's choices in the order
 * of its Lithuanian ones (answers name the Lithuanian).
 */
export type CallEnglish = {
  title: string;
  /** The call text, Markdown. */
  body: string;
  criteria: readonly { title: string; description: string }[];
  annexes: readonly { title: string; description: string }[];
  questions: readonly { text: string; description?: string; options?: readonly string[] }[];
};

/** The documents every local project attaches, as in calls.ts. */
const ESTIMATE = {
  title: 'Budget',
  description:
    'A detailed budget of the project’s costs on the LAG’s form: every cost line, the quantity, the unit price and the source of funding (support or own contribution).',
};
const QUOTES = {
  title: 'Procurement documents: three commercial offers',
  description:
    'For every item of goods, service or works – three comparable commercial offers from suppliers and the reasons for the choice; for those over €5,000 excluding VAT – the documents of the procurement procedure.',
};
const MEETING_MINUTES = {
  title: 'Minutes of the community meeting',
  description:
    'The decision of the general meeting of members or of the board to apply, to contribute to the project and to look after its results.',
};

const FITS_STRATEGY = 'Fit with the priorities of the Local Development Strategy';

export const CALLS_EN: Readonly<Record<string, CallEnglish>> = {
  'kvietimas-6': {
    title: 'Cultural heritage and local traditions',
    body: `## Aim of the call

To preserve the cultural heritage of the Elektrėnai area – its crafts, customs, songs, local history, hillforts and old homesteads – and pass it on as a living heritage, so that it becomes the communities’ pride and a reason to come to our villages.

The call implements the Local Development Strategy measure **VPS-7.2 “Cherishing cultural heritage and local traditions”**.

## What we fund

- educational activities on traditional crafts and customs for children, young people and families;
- calendar festivals and events organised by the communities themselves;
- collecting, digitising and publishing local history, dialect and songs;
- small works on cultural heritage sites, agreed with the owner.

## Who may apply

LAG members, as well as rural communities, associations and cultural institutions working in the rural elderships.

## Support

A project may receive from €3,000 to €20,000, but no more than 80% of its eligible costs. The applicant contributes the rest in money, voluntary work or property.

## Evaluation

The LAG board evaluates applications against the published selection criteria. A project that scores fewer than 50 points out of 100 is not funded.`,
    criteria: [
      {
        title: FITS_STRATEGY,
        description:
          'How the project contributes to priority 7 and measure VPS-7.2: the heritage or tradition clearly named, and how it will be preserved.',
      },
      {
        title: 'Benefit to local residents',
        description:
          'How many residents, and of which generations, will take part; whether the activities will go on after the project; whether the results will be open to everyone.',
      },
      {
        title: 'Partnership and involvement of sectors',
        description:
          'Whether several sectors – communities, business, public bodies – take part in the project, and what each of them contributes.',
      },
    ],
    annexes: [
      ESTIMATE,
      QUOTES,
      MEETING_MINUTES,
      {
        title: 'Consent of the heritage site’s owner',
        description: 'If a heritage site is worked on: the written consent of its owner or manager.',
      },
    ],
    questions: [
      {
        text: 'What heritage or tradition does the project cherish?',
        description: 'Briefly describe why it matters to your area.',
      },
      {
        text: 'What is the main form of the project’s activities?',
        options: [
          'Educational programmes',
          'An event or festival',
          'Work on a heritage site',
          'A publication or digitisation',
        ],
      },
      { text: 'Will local craftspeople or folk artists take part in the project?' },
    ],
  },
  'kvietimas-7': {
    title: 'Communities’ public spaces and services',
    body: `## Aim of the call

The Elektrėnai Municipality Local Action Group invites local projects that improve the everyday surroundings of rural residents: that tidy up public spaces and adapt them to the community’s needs, renovate community centres and create the services that villages lack.

The call implements the Local Development Strategy measure **VPS-7.1 “Improving communities’ public spaces and services”**.

## What we fund

- tidying up public spaces – squares, village greens, beaches, sports grounds and children’s playgrounds – and adapting them to all age groups and to people with disabilities;
- renovating, fitting out and equipping community centres, so that activities take place in them all year round;
- new or better services for residents: activities for children, seniors’ clubs, transport, digital literacy classes;
- activities in which residents themselves take part: voluntary work days, creative workshops, open events.

Not funded: building roads and streets, renovating buildings that will not be used for the community’s needs, activities for which residents would have to pay more than they cost.

## Who may apply

LAG members, as well as rural communities and associations working in any eldership of the Elektrėnai municipality.

## Support

A project may receive from €5,000 to €40,000, but no more than 80% of its eligible costs. The applicant contributes the rest in money, voluntary work or property. The project must be carried out within 18 months of signing the contract.

## Evaluation

The LAG board evaluates applications against the selection criteria published below; a criterion’s points are multiplied by its weight. A project that scores fewer than 50 points out of 110 is not funded.

## Advice

You can put your questions to the LAG administration on working days from 8:00 to 17:00. We also invite you to the training “How to prepare a local project application” – you will find it in the events calendar.`,
    criteria: [
      {
        title: FITS_STRATEGY,
        description:
          'How the project contributes to priority 7 – an attractive environment that is convenient to live in: a clear link to measure VPS-7.1 and its indicators.',
      },
      {
        title: 'Extent of the benefit to residents',
        description:
          'How many residents, and which groups, will use the results; whether the project answers the needs voiced at the community meeting.',
      },
      {
        title: 'Partnership and involvement of sectors',
        description:
          'Whether several sectors – non-governmental organisations, business, the public sector – take part in the project, and each partner’s contribution is clearly described.',
      },
      {
        title: 'Continuity of the activities after the project',
        description:
          'Who will look after the results, and how, for at least five years after the project ends; the funding and the people responsible are foreseen.',
      },
      {
        title: 'Soundness of the budget',
        description:
          'The costs are necessary for the project’s aims, backed by commercial offers and in line with market prices; the own contribution is realistic.',
      },
    ],
    annexes: [
      ESTIMATE,
      QUOTES,
      MEETING_MINUTES,
      {
        title: 'Documents proving ownership or the right of use',
        description:
          'If the project is carried out on property that is not the applicant’s own: a lease or loan-for-use agreement valid for at least five years after the project ends.',
      },
      {
        title: 'Partnership agreements',
        description:
          'If the project is carried out with partners: agreements or letters of intent that describe the partners’ contribution.',
      },
    ],
    questions: [
      {
        text: 'How many residents will use the project’s results directly?',
        description: 'An approximate number per year.',
      },
      {
        text: 'Which groups of residents is the project mainly for?',
        options: ['Children and young people', 'Families', 'Seniors', 'People with disabilities', 'All residents'],
      },
      { text: 'Will residents be able to use the project’s results free of charge?' },
      {
        text: 'How will the activities be continued after the project ends?',
        description: 'Who will look after the renewed space or provide the service, and with what funds.',
      },
    ],
  },
  'kvietimas-8': {
    title: 'Rural tourism and active leisure',
    body: `## Aim of the call

The Elektrėnai area has a reservoir, rivers, hillforts and forests, but visitors still lack places to stay, things to do and a way to find it all. With this call we fund services that open the area up to guests and to residents’ active leisure.

The call implements measure **VPS-7.3 “Developing rural tourism and active leisure services”**.

## What we fund

- setting up and marking nature, cycling and water routes;
- hire of leisure equipment and rest-area services;
- educational programmes at rural tourism homesteads and on farms;
- a joint presentation of the area’s places worth visiting.

## Who may apply

LAG members, as well as rural communities, associations, companies and farmers working in the LAG’s territory.

## Support

A project may receive from €5,000 to €30,000, up to 70% of its eligible costs.`,
    criteria: [
      {
        title: FITS_STRATEGY,
        description: 'A clear link to measure VPS-7.3 and its indicators: new visitors, new services.',
      },
      {
        title: 'Novelty of the service and demand for it',
        description: 'Whether the area has no such service yet; what shows that visitors and residents will use it.',
      },
      {
        title: 'Cooperation with other service providers',
        description: 'Whether the service is linked to the area’s other places worth visiting, homesteads or events.',
      },
      {
        title: 'Continuity of the business',
        description: 'Whether the service will keep going after the project: an income plan, the people responsible.',
      },
    ],
    annexes: [
      ESTIMATE,
      QUOTES,
      { title: 'Business plan', description: 'A three-year plan of the service’s income and costs on the LAG’s form.' },
    ],
    questions: [
      {
        text: 'What type of service are you creating?',
        options: ['A route', 'Equipment hire', 'Accommodation', 'An educational programme'],
      },
      { text: 'How many visitors do you expect in the first year?' },
    ],
  },
  'kvietimas-9': {
    title: 'Starting a small business in the countryside',
    body: `## Aim of the call

To help people start a business in the countryside – young people especially, and those coming back to live in the area.

_Draft: the LAG board is still agreeing the conditions._`,
    criteria: [
      {
        title: 'Soundness of the business idea',
        description: 'The market need, the competition and how the business will earn.',
      },
      { title: 'New jobs', description: 'How many jobs will be created and kept for three years.' },
    ],
    annexes: [ESTIMATE],
    questions: [],
  },
};
