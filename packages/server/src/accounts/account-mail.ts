import type { MailContent, MailLanguage } from '../mail/mail-content.js';
import { AffiliationRole } from './account.enums.js';

/**
 * The accounts' mail, in the recipient's language: plain text only (the layout escapes it).
 * Links are made by the caller from the single-use token, so this module knows no secrets.
 */

const greeting = (language: MailLanguage, name?: string) =>
  language === 'lt' ? `Sveiki${name ? `, ${name}` : ''},` : `Hello${name ? ` ${name}` : ''},`;

function longDate(language: MailLanguage, date: Date): string {
  return new Intl.DateTimeFormat(language === 'lt' ? 'lt-LT' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Vilnius',
  }).format(date);
}

export function passwordResetMail(language: MailLanguage, name: string, url: string): MailContent {
  return language === 'lt'
    ? {
        subject: 'Slaptažodžio keitimas',
        greeting: greeting(language, name),
        paragraphs: [
          'Gavome prašymą pakeisti jūsų Telkos paskyros slaptažodį. Naują slaptažodį nustatysite atvėrę nuorodą.',
          'Nuoroda galioja vieną valandą ir tinka vieną kartą. Jei slaptažodžio keisti neprašėte, šį laišką galite ignoruoti: slaptažodis liks toks pat.',
        ],
        action: { label: 'Nustatyti naują slaptažodį', url },
        reason: 'Šį laišką gavote, nes kažkas Telkoje nurodė jūsų el. pašto adresą ir paprašė pakeisti slaptažodį.',
      }
    : {
        subject: 'Resetting your password',
        greeting: greeting(language, name),
        paragraphs: [
          'We received a request to reset the password of your Telka account. Open the link to set a new one.',
          'The link works once, within an hour. If you did not ask for this, ignore this e-mail: your password stays as it is.',
        ],
        action: { label: 'Set a new password', url },
        reason:
          'You received this because someone entered your e-mail address on Telka and asked to reset the password.',
      };
}

export function verifyEmailMail(language: MailLanguage, name: string, email: string, url: string): MailContent {
  return language === 'lt'
    ? {
        subject: 'Patvirtinkite el. pašto adresą',
        greeting: greeting(language, name),
        paragraphs: [
          `Patvirtinkite, kad adresas ${email} priklauso jums: atverkite nuorodą. Ji galioja 7 dienas.`,
          'Jei Telkoje paskyros nekūrėte, šį laišką galite ignoruoti.',
        ],
        action: { label: 'Patvirtinti adresą', url },
      }
    : {
        subject: 'Confirm your e-mail address',
        greeting: greeting(language, name),
        paragraphs: [
          `Confirm that ${email} is yours by opening the link. It works for 7 days.`,
          'If you did not create a Telka account, ignore this e-mail.',
        ],
        action: { label: 'Confirm the address', url },
      };
}

export function changeEmailMail(language: MailLanguage, name: string, email: string, url: string): MailContent {
  return language === 'lt'
    ? {
        subject: 'Patvirtinkite naują el. pašto adresą',
        greeting: greeting(language, name),
        paragraphs: [
          `Paprašėte, kad jūsų Telkos paskyra būtų susieta su adresu ${email}. Atverkite nuorodą, kad jį patvirtintumėte; ji galioja 7 dienas.`,
          'Kol naujo adreso nepatvirtinsite, prisijungsite senuoju adresu. Jei to neprašėte, šį laišką galite ignoruoti.',
        ],
        action: { label: 'Patvirtinti naują adresą', url },
      }
    : {
        subject: 'Confirm your new e-mail address',
        greeting: greeting(language, name),
        paragraphs: [
          `You asked to move your Telka account to ${email}. Open the link to confirm it; it works for 7 days.`,
          'Until you do, you keep signing in with your old address. If you did not ask for this, ignore this e-mail.',
        ],
        action: { label: 'Confirm the new address', url },
      };
}

export function emailChangingNotice(language: MailLanguage, name: string, newEmail: string): MailContent {
  return language === 'lt'
    ? {
        subject: 'Jūsų paskyros el. pašto adresas keičiamas',
        greeting: greeting(language, name),
        paragraphs: [
          `Paprašyta jūsų Telkos paskyros el. pašto adresą pakeisti į ${newEmail}. Šis adresas galios, kol naujasis bus patvirtintas nuoroda, išsiųsta jam.`,
          'Jei to neprašėte, prisijunkite ir pakeiskite slaptažodį arba praneškite VVG administracijai.',
        ],
      }
    : {
        subject: 'Your account’s e-mail address is being changed',
        greeting: greeting(language, name),
        paragraphs: [
          `Someone asked to change the e-mail address of your Telka account to ${newEmail}. This address stays in use until the new one is confirmed through the link sent to it.`,
          'If this was not you, sign in and change your password, or tell the LAG’s staff.',
        ],
      };
}

/** To a new address that already has an account: nothing changed, and the requester learns nothing. */
export function emailTakenNotice(language: MailLanguage, url: string): MailContent {
  return language === 'lt'
    ? {
        subject: 'Šiuo adresu paskyra jau yra',
        greeting: greeting(language),
        paragraphs: [
          'Kažkas paprašė susieti Telkos paskyrą su šiuo el. pašto adresu, tačiau šiuo adresu paskyra jau sukurta, todėl niekas nepakeista.',
          'Jei tai buvote jūs, prisijunkite šiuo adresu. Jei pamiršote slaptažodį, galite nustatyti naują.',
        ],
        action: { label: 'Nustatyti naują slaptažodį', url },
      }
    : {
        subject: 'This address already has an account',
        greeting: greeting(language),
        paragraphs: [
          'Someone asked to move a Telka account to this e-mail address, but this address already has an account, so nothing was changed.',
          'If that was you, sign in with this address. If you forgot its password, you can set a new one.',
        ],
        action: { label: 'Set a new password', url },
      };
}

const roleWords: Record<MailLanguage, Record<AffiliationRole, string>> = {
  lt: { REPRESENTATIVE: 'atstovas', MEMBER: 'narys' },
  en: { REPRESENTATIVE: 'representative', MEMBER: 'member' },
};

export function invitationMail(
  language: MailLanguage,
  invitation: { organisation: string; role: AffiliationRole; email: string; expiresAt: Date; inviter?: string },
  url: string,
): MailContent {
  const { organisation, role, email, expiresAt, inviter } = invitation;
  const until = longDate(language, expiresAt);
  return language === 'lt'
    ? {
        subject: `Kvietimas prisijungti prie organizacijos „${organisation}“`,
        greeting: greeting(language),
        paragraphs: [
          `${inviter ? `${inviter} kviečia` : 'VVG administracija kviečia'} jus Telkoje prisijungti prie organizacijos „${organisation}“ (vaidmuo: ${roleWords.lt[role]}).`,
          `Kvietimas galioja iki ${until}. Atvėrę nuorodą prisijunkite arba užsiregistruokite adresu ${email} ir priimkite kvietimą.`,
        ],
        action: { label: 'Atverti kvietimą', url },
        reason: 'Šį laišką gavote, nes VVG administracija nurodė jūsų el. pašto adresą.',
      }
    : {
        subject: `Invitation to join ${organisation}`,
        greeting: greeting(language),
        paragraphs: [
          `${inviter ?? 'The LAG’s staff'} invited you to join ${organisation} on Telka (role: ${roleWords.en[role]}).`,
          `The invitation is open until ${until}. Open the link, sign in or register with ${email}, and accept it.`,
        ],
        action: { label: 'Open the invitation', url },
        reason: 'You received this because the LAG’s staff entered your e-mail address.',
      };
}
