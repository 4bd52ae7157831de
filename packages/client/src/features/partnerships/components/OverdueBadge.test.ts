import { afterEach, describe, expect, it, vi } from 'vitest';
import FollowUpDate from './FollowUpDate.vue';
import OverdueBadge from './OverdueBadge.vue';
import { isOverdue, localToday } from '../composables/dates';
import { mountWithApp } from '@/testing/mountWithApp';

afterEach(() => {
  vi.useRealTimers();
});

describe('overdue follow-ups', () => {
  it('takes today from the browser’s own calendar', () => {
    // 00:30 on 1 March in the browser's zone is still 1 March, whatever UTC says.
    expect(localToday(new Date(2026, 2, 1, 0, 30))).toBe('2026-03-01');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

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

  it('shows a badge with words, following the browser clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 9, 0));
    const props = { nextFollowUpOn: '2026-03-09', status: 'ACTIVE' as const };
    const { wrapper } = await mountWithApp(OverdueBadge, { props });
    expect(wrapper.get('.badge').text()).toBe('Vėluoja');

    // Move the clock back: the same follow-up is not late any more.
    vi.setSystemTime(new Date(2026, 2, 8, 9, 0));
    const earlier = await mountWithApp(OverdueBadge, { props });
    expect(earlier.wrapper.find('.badge').exists()).toBe(false);

    vi.setSystemTime(new Date(2026, 2, 10, 9, 0));
    const closed = await mountWithApp(OverdueBadge, { props: { ...props, status: 'COMPLETED' as const } });
    expect(closed.wrapper.find('.badge').exists()).toBe(false);
  });

  it('puts the badge beside the follow-up date, in English too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 9, 0));
    const { wrapper } = await mountWithApp(FollowUpDate, {
      props: { nextFollowUpOn: '2026-02-28', status: 'PROSPECT' },
      locale: 'en',
    });
    expect(wrapper.text()).toBe('February 28, 2026 Overdue');
    const none = await mountWithApp(FollowUpDate, { props: { nextFollowUpOn: null, status: 'ACTIVE' } });
    expect(none.wrapper.text()).toBe('Nenustatyta');
  });
});
