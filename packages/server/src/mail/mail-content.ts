/** The languages Telka writes in. */
export type MailLanguage = 'lt' | 'en';

/**
 * What a message says, before it is laid out: each feature writes its messages as this, in the
 * recipient's language, and `mail-layout.ts` makes the HTML and plain text of it. Every string is
 * plain text (user content included); the layout escapes it.
 */
export type MailContent = {
  subject: string;
  /** The opening line, e.g. "Sveiki, Rasa,". */
  greeting?: string;
  paragraphs: string[];
  /** The one thing to do, a link straight to it. */
  action?: { label: string; url: string };
  /** Grouped items (a digest: one group per initiative). */
  groups?: { heading: string; url: string; items: string[] }[];
  /** Small print: why this person gets this message. */
  reason?: string;
};
