import { nextTick, ref } from 'vue';

/**
 * A message telling what the viewer's own action did, beside what it changed. The pressed button
 * has usually gone with the change (a panel that no longer applies), so focus moves to the
 * message (`element`, a `tabindex="-1"` status) rather than falling to the page.
 */
export function useAnnouncement() {
  const message = ref('');
  const element = ref<HTMLElement | null>(null);
  async function announce(text: string) {
    message.value = text;
    await nextTick();
    element.value?.focus();
  }
  return { message, element, announce };
}
