import { ref } from 'vue';

/**
 * A message for the page a person was just taken to ("your password is changed"), shown by
 * App.vue until the next page; set it after the navigation, which clears it.
 */
export const flashMessage = ref('');
