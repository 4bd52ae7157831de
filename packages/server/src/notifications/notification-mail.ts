import type { MailContent, MailLanguage } from '../mail/mail-content.js';
import type { DigestDelivery } from './notification.enums.js';
import { NotificationKind } from './notification.enums.js';

/** What a message about one notification is written from: its stored values and who caused it. */
export type NotificationFacts = {
  kind: NotificationKind;
  subjectTitle: string;
  status: string | null;
  organisationName: string | null;
  excerpt: string | null;
  actorName: string | null;
  /** What a completion request asks for. */
  items?: string[] | null;
  /** By when a completion request is to be answered, ISO 8601. */
  dueAt?: string | null;
};

const statusNames: Record<MailLanguage, Record<string, string>> = {
  lt: {
    DRAFT: 'Juodraštis',
    SUBMITTED: 'Pateikta',
    COMPLETION_REQUESTED: 'Prašoma papildyti',
    UNDER_REVIEW: 'Vertinama',
    SHORTLISTED: 'Atrinkta',
    APPROVED: 'Patvirtinta',
    IN_PROGRESS: 'Įgyvendinama',
    COMPLETED: 'Įgyvendinta',
    REJECTED: 'Atmesta',
    WITHDRAWN: 'Atsiimta',
    NOT_CONTRACTED: 'Sutartis nesudaryta',
    TERMINATED: 'Nutraukta',
  },
  en: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    COMPLETION_REQUESTED: 'Completion requested',
    UNDER_REVIEW: 'Under review',
    SHORTLISTED: 'Shortlisted',
    APPROVED: 'Approved',
    IN_PROGRESS: 'In progress',
    COMPLETED: 'Completed',
    REJECTED: 'Rejected',
    WITHDRAWN: 'Withdrawn',
    NOT_CONTRACTED: 'Not contracted',
    TERMINATED: 'Terminated',
  },
};

type Wording = { subject: string; line: string; action: string; reason: string };

const dueFormats: Record<MailLanguage, Intl.DateTimeFormat> = {
  lt: new Intl.DateTimeFormat('lt-LT', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Vilnius' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Vilnius' }),
};

/** A reply-by time as the LAG's applicants read it: Vilnius time, in words. */
function dueText(dueAt: string | null | undefined, language: MailLanguage): string {
  return dueAt ? dueFormats[language].format(new Date(dueAt)) : '';
}

/** Kinds whose excerpt is the staff's reason or message, not someone's comment. */
const staffWords = new Set<NotificationKind>([
  NotificationKind.INITIATIVE_STATUS_CHANGED,
  NotificationKind.COMPLETION_REQUESTED,
  NotificationKind.APPLICATION_DECIDED,
]);

/** The excerpt as its own paragraph: a comment quoted, a reason or message introduced. */
function excerptParagraph(facts: NotificationFacts, language: MailLanguage): string {
  if (!staffWords.has(facts.kind)) return `„${facts.excerpt}“`;
  if (facts.kind === NotificationKind.COMPLETION_REQUESTED) {
    return language === 'lt' ? `Žinutė: „${facts.excerpt}“` : `Message: “${facts.excerpt}”`;
  }
  return language === 'lt' ? `Priežastis: „${facts.excerpt}“` : `Reason: “${facts.excerpt}”`;
}

/** The subject, the one-line summary (also a digest's item), the button and the small print. */
function wording(facts: NotificationFacts, language: MailLanguage): Wording {
  const title = `„${facts.subjectTitle}“`;
  const someone = facts.actorName ?? (language === 'lt' ? 'Kažkas' : 'Someone');
  const status = facts.status ? (statusNames[language][facts.status] ?? facts.status) : '';
  const organisation = facts.organisationName ?? '';
  const lt = language === 'lt';
  switch (facts.kind) {
    case NotificationKind.INITIATIVE_STATUS_CHANGED:
      return lt
        ? {
            subject: `Iniciatyvos ${title} būsena: ${status}`,
            line: `Iniciatyvos ${title} būsena pasikeitė: ${status}.`,
            action: 'Atidaryti iniciatyvą',
            reason: 'Gaunate šį laišką, nes atstovaujate šią iniciatyvą teikiančiai organizacijai.',
          }
        : {
            subject: `${title} is now: ${status}`,
            line: `The status of ${title} changed to: ${status}.`,
            action: 'Open the initiative',
            reason: 'You get this because you represent an organisation proposing this initiative.',
          };
    case NotificationKind.NEW_COMMENT:
      return lt
        ? {
            subject: `Naujas komentaras: ${title}`,
            line: `${someone} pakomentavo iniciatyvą ${title}.`,
            action: 'Skaityti komentarą',
            reason: 'Gaunate šį laišką, nes sekate šią iniciatyvą.',
          }
        : {
            subject: `New comment on ${title}`,
            line: `${someone} commented on ${title}.`,
            action: 'Read the comment',
            reason: 'You get this because you follow this initiative.',
          };
    case NotificationKind.COMMENT_REPLY:
      return lt
        ? {
            subject: `${someone} atsakė į jūsų komentarą`,
            line: `${someone} atsakė į jūsų komentarą apie ${title}.`,
            action: 'Skaityti atsakymą',
            reason: 'Gaunate šį laišką, nes tai atsakymas į jūsų komentarą.',
          }
        : {
            subject: `${someone} replied to your comment`,
            line: `${someone} replied to your comment on ${title}.`,
            action: 'Read the reply',
            reason: 'You get this because it answers your comment.',
          };
    case NotificationKind.CO_PROPOSAL_INVITATION:
      return lt
        ? {
            subject: `Kvietimas teikti kartu: ${title}`,
            line: `${organisation} kviečiama kartu teikti iniciatyvą ${title}.`,
            action: 'Peržiūrėti kvietimą',
            reason: `Gaunate šį laišką, nes atstovaujate organizacijai „${organisation}“.`,
          }
        : {
            subject: `Invitation to co-propose ${title}`,
            line: `${organisation} is invited to propose ${title} together.`,
            action: 'See the invitation',
            reason: `You get this because you represent ${organisation}.`,
          };
    case NotificationKind.SUPPORT_RECEIVED:
      return lt
        ? {
            subject: `${organisation} palaiko ${title}`,
            line: `${organisation} palaiko iniciatyvą ${title}.`,
            action: 'Atidaryti iniciatyvą',
            reason: 'Gaunate šį laišką, nes atstovaujate šią iniciatyvą teikiančiai organizacijai.',
          }
        : {
            subject: `${organisation} supports ${title}`,
            line: `${organisation} supports ${title}.`,
            action: 'Open the initiative',
            reason: 'You get this because you represent the organisation leading this initiative.',
          };
    case NotificationKind.FLAG_HANDLED:
      return lt
        ? {
            subject: `Jūsų pranešimas apie komentarą išnagrinėtas`,
            line: facts.excerpt
              ? `Moderatoriai peržiūrėjo komentarą apie ${title}, apie kurį pranešėte, ir paliko jį matomą.`
              : `Moderatoriai paslėpė komentarą apie ${title}, apie kurį pranešėte.`,
            action: 'Atidaryti diskusiją',
            reason: 'Gaunate šį laišką, nes pranešėte apie šį komentarą.',
          }
        : {
            subject: 'Your report of a comment was handled',
            line: facts.excerpt
              ? `The moderators looked at the comment on ${title} you reported and left it visible.`
              : `The moderators hid the comment on ${title} you reported.`,
            action: 'Open the discussion',
            reason: 'You get this because you reported this comment.',
          };
    case NotificationKind.NEW_SUBMISSION:
      return lt
        ? {
            subject: `Pateikta nauja iniciatyva: ${title}`,
            line: `${someone} pateikė iniciatyvą ${title} vertinti.`,
            action: 'Atidaryti iniciatyvą',
            reason: 'Gaunate šį laišką kaip VVG darbuotojas.',
          }
        : {
            subject: `New submission: ${title}`,
            line: `${someone} submitted ${title} for review.`,
            action: 'Open the initiative',
            reason: 'You get this as a member of the LAG staff.',
          };
    case NotificationKind.COMMENT_FLAGGED:
      return lt
        ? {
            subject: `Pranešta apie komentarą: ${title}`,
            line: `${someone} pranešė apie komentarą prie iniciatyvos ${title}.`,
            action: 'Peržiūrėti komentarą',
            reason: 'Gaunate šį laišką kaip VVG darbuotojas, prižiūrintis diskusijas.',
          }
        : {
            subject: `A comment was reported: ${title}`,
            line: `${someone} reported a comment on ${title}.`,
            action: 'Review the comment',
            reason: 'You get this as a member of the LAG staff who moderates discussions.',
          };
    case NotificationKind.COMPLETION_REQUESTED: {
      const due = dueText(facts.dueAt, language);
      return lt
        ? {
            subject: `Prašoma papildyti paraišką: ${title}`,
            line: `VVG prašo papildyti iniciatyvos ${title} paraišką ir ją pateikti iš naujo iki ${due}.`,
            action: 'Atidaryti paraišką',
            reason: 'Gaunate šį laišką, nes atstovaujate šią paraišką teikiančiai organizacijai.',
          }
        : {
            subject: `Please complete the application: ${title}`,
            line: `The LAG asks you to complete the application of ${title} and submit it again by ${due}.`,
            action: 'Open the application',
            reason: 'You get this because you represent an organisation applying with this initiative.',
          };
    }
    case NotificationKind.APPLICATION_DECIDED: {
      const ineligible = facts.status === 'REJECTED';
      return lt
        ? {
            subject: ineligible ? `Paraiška pripažinta netinkama: ${title}` : `Paraiška perduota vertinti: ${title}`,
            line: ineligible
              ? `Iniciatyvos ${title} paraiška pripažinta netinkama finansuoti.`
              : `Iniciatyvos ${title} paraiška atitinka administracinius reikalavimus ir perduota vertinti.`,
            action: 'Atidaryti paraišką',
            reason: 'Gaunate šį laišką, nes atstovaujate šią paraišką teikiančiai organizacijai.',
          }
        : {
            subject: ineligible
              ? `Application declared ineligible: ${title}`
              : `Application passed to evaluation: ${title}`,
            line: ineligible
              ? `The application of ${title} was declared ineligible.`
              : `The application of ${title} meets the administrative requirements and was passed to evaluation.`,
            action: 'Open the application',
            reason: 'You get this because you represent an organisation applying with this initiative.',
          };
    }
    case NotificationKind.FOLLOW_UP_DUE:
      return lt
        ? {
            subject: `Laikas susisiekti: ${title}`,
            line: `Partnerystės ${title} kitas žingsnis numatytas šiandien arba jau praėjo.`,
            action: 'Atidaryti partnerystę',
            reason: 'Gaunate šį laišką, nes esate atsakingas už šią partnerystę arba ji neturi atsakingo asmens.',
          }
        : {
            subject: `Follow-up due: ${title}`,
            line: `The next follow-up of the partnership ${title} is due today or overdue.`,
            action: 'Open the partnership',
            reason: 'You get this because you own this partnership, or it has no owner.',
          };
  }
}

/** The greeting of every notification mail, in the recipient's language. */
export function greeting(name: string, language: MailLanguage): string {
  return language === 'lt' ? `Sveiki, ${name},` : `Hello ${name},`;
}

/** One notification as a mail of its own (IMMEDIATE delivery). */
export function notificationMail(
  facts: NotificationFacts,
  recipientName: string,
  language: MailLanguage,
  url: string,
): MailContent {
  const words = wording(facts, language);
  const items = facts.items?.length
    ? [
        language === 'lt' ? 'Ko trūksta arba kas neaišku:' : 'What is missing or unclear:',
        ...facts.items.map((item, i) => `${i + 1}. ${item}`),
      ]
    : [];
  return {
    subject: words.subject,
    greeting: greeting(recipientName, language),
    paragraphs: [words.line, ...items, ...(facts.excerpt ? [excerptParagraph(facts, language)] : [])],
    action: { label: words.action, url },
    reason: words.reason,
  };
}

/** One notification as an item of a digest. */
export function digestItem(facts: NotificationFacts, language: MailLanguage): string {
  const line = wording(facts, language).line;
  return facts.excerpt ? `${line} ${excerptParagraph(facts, language)}` : line;
}

/** The frame of a digest: its subject, opening and small print. */
export function digestFrame(
  delivery: DigestDelivery,
  count: number,
  recipientName: string,
  language: MailLanguage,
): Pick<MailContent, 'subject' | 'greeting' | 'paragraphs' | 'reason'> {
  const daily = delivery === 'DAILY';
  if (language === 'lt') {
    return {
      subject: daily ? `Telka: dienos naujienos (${count})` : `Telka: savaitės naujienos (${count})`,
      greeting: greeting(recipientName, language),
      paragraphs: [daily ? 'Štai kas nutiko per parą:' : 'Štai kas nutiko per savaitę:'],
      reason: daily
        ? 'Gaunate šią santrauką kasdien, nes taip pasirinkote pranešimų nustatymuose.'
        : 'Gaunate šią santrauką kas savaitę, nes taip pasirinkote pranešimų nustatymuose.',
    };
  }
  return {
    subject: daily ? `Telka: your daily summary (${count})` : `Telka: your weekly summary (${count})`,
    greeting: greeting(recipientName, language),
    paragraphs: [daily ? 'Here is what happened since yesterday:' : 'Here is what happened this week:'],
    reason: daily
      ? 'You get this summary every day because your notification settings say so.'
      : 'You get this summary every week because your notification settings say so.',
  };
}
