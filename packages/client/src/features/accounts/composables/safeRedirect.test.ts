import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safeRedirect';

describe('safeRedirect', () => {
  it('keeps paths inside the app', () => {
    expect(safeRedirect('/invitations/abc')).toBe('/invitations/abc');
  });

  it('refuses other sites', () => {
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example', '/account')).toBe('/account');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
