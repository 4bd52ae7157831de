import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { nextChangeIn, timeLeft, useCountdown } from './countdown';
import { mountWithApp } from '@/testing/mountWithApp';

describe('timeLeft', () => {
  it('counts days and hours from a day on, hours and minutes below it', () => {
    expect(timeLeft(3 * 86400 + 4 * 3600 + 59 * 60)).toEqual({ days: 3, hours: 4, minutes: 0 });
    expect(timeLeft(86400)).toEqual({ days: 1, hours: 0, minutes: 0 });
    expect(timeLeft(5 * 3600 + 7 * 60)).toEqual({ days: 0, hours: 5, minutes: 7 });
  });

  it('rounds minutes up, so the last seconds still read one minute', () => {
    expect(timeLeft(61)).toEqual({ days: 0, hours: 0, minutes: 2 });
    expect(timeLeft(1)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(timeLeft(86399)).toEqual({ days: 1, hours: 0, minutes: 0 });
  });

  it('is over at zero', () => {
    expect(timeLeft(0)).toBeNull();
    expect(timeLeft(-5)).toBeNull();
  });
});

describe('nextChangeIn', () => {
  it('waits until what is left reaches its next whole minute', () => {
    expect(nextChangeIn(125)).toBe(5_000);
    expect(nextChangeIn(120)).toBe(60_000);
  });
});

describe('useCountdown', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  async function mountCountdown(seconds: number, locale: 'lt' | 'en' = 'lt') {
    const value = ref<number | null>(seconds);
    const over = vi.fn();
    const Countdown = defineComponent({
      setup() {
        const { text } = useCountdown(value, over);
        return () => h('p', text.value);
      },
    });
    const { wrapper } = await mountWithApp(Countdown, { locale });
    return { wrapper, value, over };
  }

  it('says in Lithuanian what is left, with each unit in its right case', async () => {
    const { wrapper } = await mountCountdown(3 * 86400 + 4 * 3600 + 10);
    expect(wrapper.text()).toBe('Liko 3 dienos 4 valandos');
    const { wrapper: lastDay } = await mountCountdown(21 * 3600 + 11 * 60);
    expect(lastDay.text()).toBe('Liko 21 valanda 11 minučių');
    const { wrapper: oneDay } = await mountCountdown(86400 + 10 * 3600);
    expect(oneDay.text()).toBe('Liko 1 diena 10 valandų');
  });

  it('says it in English', async () => {
    const { wrapper } = await mountCountdown(86400 + 3600, 'en');
    expect(wrapper.text()).toBe('1 day 1 hour left');
    const { wrapper: soon } = await mountCountdown(90, 'en');
    expect(soon.text()).toBe('2 minutes left');
  });

  it('moves on each minute from the server’s count, and says when applications have closed', async () => {
    const { wrapper, over } = await mountCountdown(2 * 60 + 30);
    expect(wrapper.text()).toBe('Liko 3 minutės');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(wrapper.text()).toBe('Liko 2 minutės');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(wrapper.text()).toBe('Liko 1 minutė');
    expect(over).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(wrapper.text()).toBe('Paraiškų priėmimas baigėsi');
    expect(over).toHaveBeenCalledTimes(1);
  });

  it('starts again from a new count the server gives', async () => {
    const { wrapper, value } = await mountCountdown(10 * 60);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(wrapper.text()).toBe('Liko 5 minutės');
    value.value = 2 * 3600;
    await vi.advanceTimersByTimeAsync(0);
    expect(wrapper.text()).toBe('Liko 2 valandos');
  });
});
