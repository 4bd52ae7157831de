import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import LanguageSwitcher from './LanguageSwitcher.vue';
import { i18n } from '@/i18n';

describe('LanguageSwitcher', () => {
  it('switches to English, remembers it and sets <html lang>', async () => {
    const wrapper = mount(LanguageSwitcher, { global: { plugins: [i18n] } });
    expect(wrapper.attributes('aria-label')).toBe('Kalba');
    const english = wrapper.get('button[lang="en"]');
    expect(english.attributes('aria-label')).toBe('EN English');
    expect(english.attributes('aria-pressed')).toBe('false');

    await english.trigger('click');
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await flushPromises();

    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('telka.locale')).toBe('en');
    expect(english.attributes('aria-pressed')).toBe('true');
    expect(wrapper.attributes('aria-label')).toBe('Language');
  });
});
