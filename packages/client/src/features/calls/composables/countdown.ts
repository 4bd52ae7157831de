import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';

/** What is left until a call closes, in the units a person reads it in. */
export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
}

/**
 * Seconds left → days and hours (a day or more), or hours and minutes (less than a day); a unit
 * at zero is left out by the text. Minutes round up, so the last seconds still read "1 minute"
 * and nothing shows 0 before the end. Null once the time is over.
 */
export function timeLeft(seconds: number): TimeLeft | null {
  if (seconds <= 0) return null;
  const totalMinutes = Math.ceil(seconds / 60);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  return { days, hours, minutes: days > 0 ? 0 : totalMinutes % 60 };
}

/** When the text next changes: at the next whole minute of what is left, in milliseconds. */
export function nextChangeIn(seconds: number): number {
  const intoMinute = seconds % 60;
  return (intoMinute > 0 ? intoMinute : 60) * 1000;
}

/**
 * A countdown from the server's `secondsUntilClose` as it was when read (the server's clock, not
 * the browser's, which may be wrong), moved on by the time that passed here since, and updated
 * at each new minute. `seconds` null: nothing to count. `onOver` is told once it reaches zero.
 */
export function useCountdown(seconds: MaybeRefOrGetter<number | null | undefined>, onOver?: () => void) {
  const { t } = useI18n();
  const left = ref<number | null>(null);
  let readAt = 0;
  let readSeconds = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function tick() {
    left.value = Math.max(0, Math.round(readSeconds - (performance.now() - readAt) / 1000));
    clearTimeout(timer);
    if (left.value > 0) timer = setTimeout(tick, nextChangeIn(left.value));
    else onOver?.();
  }

  watch(
    () => toValue(seconds),
    (value) => {
      clearTimeout(timer);
      if (value === null || value === undefined) {
        left.value = null;
        return;
      }
      readAt = performance.now();
      readSeconds = value;
      tick();
    },
    { immediate: true },
  );
  onScopeDispose(() => clearTimeout(timer));

  const text = computed(() => {
    if (left.value === null) return '';
    const parts = timeLeft(left.value);
    if (!parts) return t('calls.countdown.closed');
    const units = [
      parts.days && t('calls.countdown.days', parts.days),
      parts.hours && t('calls.countdown.hours', parts.hours),
      parts.minutes && t('calls.countdown.minutes', parts.minutes),
    ].filter(Boolean);
    return t('calls.countdown.left', { time: units.join(' ') });
  });
  return { secondsLeft: left, text };
}
