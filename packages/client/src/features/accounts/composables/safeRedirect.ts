import type { LocationQueryValue } from 'vue-router';

/** The `?redirect=` target if it is a path inside this app; never another site. */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined, fallback = '/'): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return fallback;
  return raw;
}

/** An e-mail address passed along in the query (from an invitation) to fill in the form. */
export function queryEmail(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw.slice(0, 254) : '';
}
