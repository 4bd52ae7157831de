import { afterEach, describe, expect, it, vi } from 'vitest';
import FollowUpDate from './FollowUpDate.vue';
import OverdueBadge from './OverdueBadge.vue';
import { isOverdue } from '../composables/dates';
import { mountWithApp } from '@/testing/mountWithApp';

afterEach(() => {
  vi.useRealTimers();
});

describe('overdue follow-ups', () => {
  it('is overdue only when the follow-up day is before today and the partnership is open', () => {
    const today = '2026-03-10';
    expect(isOverdue({ nextFollowUpOn: '2026-03-09', status: 'ACTIVE' }, today)).toBe(true);
    expect(isOverdue({ nextFollowUpOn: '2025-12-01', status: 'PROSPECT' }, today)).toBe(true);
    expect(isOverdue({ nextFollowUpOn: '2026-03-09', status: 'NEGOTIATING' }, today)).toBe(true);
    // Due today is not late yet; no date is never late.
    expect(isOverdue({ nextFollowUpOn: '2026-03-10', status: 'ACTIVE' }, today)).toBe(false);
    expect(isOverdue({ nextFollowUpOn: '2026-04-01', status: 'ACTIVE' }, today)).toBe(false);
    expect(isOverdue({ nextFollowUpOn: null, status: 'ACTIVE' }, today)).toBe(false);
    // Closed partnerships have nothing left to follow up.
    expect(isOverdue({ nextFollowUpOn: '2026-03-01', status: 'COMPLETED' }, today)).toBe(false);
    expect(isOverdue({ nextFollowUpOn: '2026-03-01', status: 'ENDED' }, today)).toBe(false);
  });

  it('shows a badge with words, following the calendar in Vilnius', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 22:30 UTC on 9 March is already 10 March in Vilnius: a follow-up due on the 9th is late.
    vi.setSystemTime(new Date('2026-03-09T22:30:00Z'));
    const props = { nextFollowUpOn: '2026-03-09', status: 'ACTIVE' as const };
    const { wrapper } = await mountWithApp(OverdueBadge, { props });
    expect(wrapper.get('.badge').text()).toBe('Vėluoja');

    // An hour and a half earlier it is still the 9th in Vilnius: due today, not late yet.
    vi.setSystemTime(new Date('2026-03-09T21:00:00Z'));
    const earlier = await mountWithApp(OverdueBadge, { props });
    expect(earlier.wrapper.find('.badge').exists()).toBe(false);

    vi.setSystemTime(new Date(2026, 2, 10, 9, 0));
    const closed = await mountWithApp(OverdueBadge, { props: { ...props, status: 'COMPLETED' as const } });
    expect(closed.wrapper.find('.badge').exists()).toBe(false);
  });

  it('puts the badge beside the follow-up date, in British English too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 9, 0));
    const { wrapper } = await mountWithApp(FollowUpDate, {
      props: { nextFollowUpOn: '2026-02-28', status: 'PROSPECT' },
      locale: 'en',
    });
    expect(wrapper.text()).toBe('28 February 2026 Overdue');
    const none = await mountWithApp(FollowUpDate, { props: { nextFollowUpOn: null, status: 'ACTIVE' } });
    expect(none.wrapper.text()).toBe('Nenustatyta');
  });
});
