import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useFormat } from './useFormat';
import type { AppLocale } from '@/i18n';
import { mountWithApp } from '@/testing/mountWithApp';

/** Renders what useFormat makes of a value, in a real i18n of the given language. */
async function format(locale: AppLocale, render: (f: ReturnType<typeof useFormat>) => string) {
  const Probe = defineComponent({
    setup() {
      const f = useFormat();
      return () => h('p', render(f));
    },
  });
  const { wrapper } = await mountWithApp(Probe, { locale });
  return wrapper.text();
}

describe('useFormat', () => {
  it('writes English dates the European way', async () => {
    expect(await format('en', (f) => f.formatDate('2026-10-16'))).toBe('16 October 2026');
    expect(await format('en', (f) => f.formatShortDate('2026-10-16'))).toBe('16/10/2026');
    expect(await format('lt', (f) => f.formatDate('2026-10-16'))).toBe('2026 m. spalio 16 d.');
  });

  it('dates an instant by the calendar in Vilnius: 23:30 UTC is already the next day', async () => {
    expect(await format('lt', (f) => f.formatDate('2026-10-16T23:30:00.000Z'))).toBe('2026 m. spalio 17 d.');
    expect(await format('en', (f) => f.formatDateTime('2026-10-16T23:30:00.000Z'))).toBe('17 October 2026 at 02:30');
  });

  it('keeps a calendar day on its day', async () => {
    expect(await format('lt', (f) => f.formatShortDate('2006-12-14'))).toBe('2006-12-14');
  });
});
