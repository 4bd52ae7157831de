import { describe, expect, it } from 'vitest';
import AccessibilityPage from './AccessibilityPage.vue';
import PrivacyPage from './PrivacyPage.vue';
import lt from '../locales/lt.json';
import { mountWithApp } from '@/testing/mountWithApp';

async function mountIn(page: typeof PrivacyPage, locale: 'lt' | 'en') {
  const { wrapper } = await mountWithApp(page, { locale });
  return wrapper;
}

describe('the privacy notice and the accessibility statement', () => {
  it('list what Telka keeps, why, for how long and whom to ask, in Lithuanian and English', async () => {
    const privacy = await mountIn(PrivacyPage, 'lt');
    expect(privacy.get('h1').text()).toBe('Privatumo pranešimas');
    expect(privacy.findAll('h2').map((h) => h.text())).toEqual([
      'Duomenų valdytojas',
      'Ką saugome',
      'Kodėl',
      'Kas mato jūsų duomenis',
      'Kiek laiko saugome',
      'Jūsų teisės',
      'Į ką kreiptis',
    ]);
    expect(privacy.findAll('li').length).toBe(lt.legal.privacy.data.length + 6);

    const statement = await mountIn(AccessibilityPage, 'en');
    expect(statement.get('h1').text()).toBe('Accessibility statement');
    expect(statement.text()).toContain('WCAG) version 2.1, level AA');
    expect(statement.findAll('h2').map((h) => h.text())).toContain('Known limitations');
  });
});
