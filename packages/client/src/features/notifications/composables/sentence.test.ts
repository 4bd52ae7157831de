import { describe, expect, it } from 'vitest';
import { notificationSentence, type NotificationWords } from './sentence';
import { NotificationKind } from '@/gql/graphql';
import featureEn from '../locales/en.json';
import featureLt from '../locales/lt.json';
import { createAppI18n } from '@/i18n';
import en from '@/locales/en.json';

function translator(locale: 'lt' | 'en') {
  const i18n = createAppI18n(locale);
  if (locale === 'en') i18n.global.setLocaleMessage('en', en);
  i18n.global.mergeLocaleMessage(locale, locale === 'lt' ? featureLt : featureEn);
  return (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});
}

const lt = translator('lt');
const english = translator('en');
const base = { subjectTitle: 'Kaimo šventė' } as const;

describe('notificationSentence', () => {
  it('says who commented on what, and quotes the comment', () => {
    const comment: NotificationWords = {
      ...base,
      kind: 'NEW_COMMENT',
      actorName: 'Rasa Petraitė',
      excerpt: 'Puiki idėja, prisidėsime.',
    };
    expect(notificationSentence(comment, lt)).toBe(
      'Rasa Petraitė pakomentavo „Kaimo šventė“: Puiki idėja, prisidėsime.',
    );
    expect(notificationSentence(comment, english)).toBe(
      'Rasa Petraitė commented on “Kaimo šventė”: Puiki idėja, prisidėsime.',
    );
  });

  it('ends the sentence when there is nothing to quote', () => {
    expect(notificationSentence({ ...base, kind: 'COMMENT_REPLY', actorName: 'Jonas Vilkas', excerpt: '  ' }, lt)).toBe(
      'Jonas Vilkas atsakė į jūsų komentarą prie „Kaimo šventė“.',
    );
  });

  it('names the status in the viewer’s language', () => {
    const moved: NotificationWords = { ...base, kind: 'INITIATIVE_STATUS_CHANGED', status: 'APPROVED' };
    expect(notificationSentence(moved, lt)).toBe('Iniciatyvos „Kaimo šventė“ būsena pakeista: Patvirtinta.');
    expect(notificationSentence(moved, english)).toBe('The status of “Kaimo šventė” changed to: Approved.');
  });

  it('names the organisation invited or supporting', () => {
    expect(
      notificationSentence({ ...base, kind: 'SUPPORT_RECEIVED', organisationName: 'UAB „Vievio duonelė“' }, lt),
    ).toBe('UAB „Vievio duonelė“ palaiko iniciatyvą „Kaimo šventė“.');
    expect(
      notificationSentence(
        { ...base, kind: 'CO_PROPOSAL_INVITATION', organisationName: 'Pastrėvio bendruomenė' },
        english,
      ),
    ).toBe('Pastrėvio bendruomenė was invited to co-propose “Kaimo šventė”.');
  });

  it('says "someone" when the person is not named', () => {
    expect(notificationSentence({ ...base, kind: 'NEW_SUBMISSION', actorName: null }, lt)).toBe(
      'Kažkas pateikė vertinti iniciatyvą „Kaimo šventė“.',
    );
  });

  it('asks to complete an application by its date, quoting the staff’s message', () => {
    const asked: NotificationWords = {
      ...base,
      kind: 'COMPLETION_REQUESTED',
      dueAt: '2026-12-20T14:00:00Z',
      excerpt: 'Pridėkite kainų apklausas',
    };
    const due = (iso: string | null | undefined) => (iso ? 'gruodžio 20 d. 16:00' : '');
    expect(notificationSentence(asked, lt, due)).toBe(
      'VVG prašo papildyti iniciatyvos „Kaimo šventė“ paraišką iki gruodžio 20 d. 16:00: Pridėkite kainų apklausas',
    );
  });

  it('tells a compliance decision by where it moved the initiative, with the reason of an ineligible one', () => {
    expect(
      notificationSentence(
        { ...base, kind: 'APPLICATION_DECIDED', status: 'REJECTED', excerpt: 'Ne VVG teritorijoje' },
        english,
      ),
    ).toBe('The application of “Kaimo šventė” was declared ineligible: Ne VVG teritorijoje');
    expect(notificationSentence({ ...base, kind: 'APPLICATION_DECIDED', status: 'UNDER_REVIEW' }, lt)).toBe(
      'Iniciatyvos „Kaimo šventė“ paraiška perduota vertinti.',
    );
  });

  it('has a sentence for every kind in both languages', () => {
    for (const kind of Object.values(NotificationKind)) {
      const statuses: NotificationWords['status'][] =
        kind === 'APPLICATION_DECIDED' ? ['REJECTED', 'UNDER_REVIEW'] : ['DRAFT'];
      for (const status of statuses) {
        for (const t of [lt, english]) {
          const sentence = notificationSentence(
            { ...base, kind, actorName: 'A', organisationName: 'B', status, dueAt: '2026-12-20T14:00:00Z' },
            t,
          );
          expect(sentence, kind).toContain('Kaimo šventė');
          expect(sentence, kind).not.toMatch(/notifications\.|\{/);
        }
      }
    }
  });
});

describe('the feature’s messages', () => {
  it('both languages have the same keys', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value !== 'object' || value === null || 'type' in value || typeof value === 'function'
        ? [prefix]
        : Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
    expect(keys(featureEn).sort()).toEqual(keys(featureLt).sort());
  });

  it('counts unread notifications in Lithuanian with the right case', () => {
    expect([0, 1, 3, 10, 21].map((n) => lt('notifications.bell.label', { n }))).toBeDefined();
    const i18n = createAppI18n('lt');
    i18n.global.mergeLocaleMessage('lt', featureLt);
    const { t } = i18n.global;
    expect([0, 1, 3, 10, 21].map((n) => t('notifications.bell.label', n))).toEqual([
      'Pranešimai',
      'Pranešimai, 1 neskaitytas',
      'Pranešimai, 3 neskaityti',
      'Pranešimai, 10 neskaitytų',
      'Pranešimai, 21 neskaitytas',
    ]);
  });
});
