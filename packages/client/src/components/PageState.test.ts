import { CombinedError } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import PageState from './PageState.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const offline = new CombinedError({ networkError: new Error('offline') });

describe('PageState', () => {
  it('says the page is loading while its query runs, even after an error', async () => {
    const { wrapper } = await mountWithApp(PageState, { props: { fetching: true, error: offline, rows: 2 } });
    expect(wrapper.get('[role="status"]').text()).toBe('Įkeliama…');
    expect(wrapper.findAll('.skeleton__row')).toHaveLength(2);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('shows the query’s error, and asks again when the page can', async () => {
    const retry = vi.fn();
    const { wrapper } = await mountWithApp(PageState, { props: { fetching: false, error: offline, retry } });
    expect(wrapper.get('[role="alert"]').text()).toContain('Nepavyko susisiekti su serveriu.');
    await wrapper.get('button').trigger('click');
    expect(retry).toHaveBeenCalledOnce();
  });

  it('says in the page’s own words that there is no such thing, with the way back', async () => {
    const { wrapper } = await mountWithApp(PageState, {
      props: {
        fetching: false,
        notFound: { title: 'Kvietimas nerastas', back: { to: { name: 'home' }, label: 'Visi kvietimai' } },
      },
    });
    expect(wrapper.get('h1').text()).toBe('Kvietimas nerastas');
    expect(wrapper.get('a').text()).toBe('Visi kvietimai');
    expect(wrapper.get('a').attributes('href')).toBe('/');
  });

  it('shows the site’s not-found page when the page has no words of its own', async () => {
    const { wrapper } = await mountWithApp(PageState, { props: { fetching: false } });
    expect(wrapper.get('h1').text()).toBe('Puslapis nerastas');
  });
});
