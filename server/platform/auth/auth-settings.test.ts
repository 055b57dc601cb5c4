import { describe, expect, it } from 'vitest';
import { authSettingsFromEnv, DEFAULT_AUTH_SETTINGS } from './auth-settings';

describe('authSettingsFromEnv', () => {
  it('keeps the defaults when nothing is set', () => {
    const settings = authSettingsFromEnv({});
    expect(settings.idleTimeoutMs).toBe(30 * 60_000);
    expect(settings.absoluteTimeoutMs).toBe(12 * 3_600_000);
    expect(settings.maxFailuresPerUsername).toBe(DEFAULT_AUTH_SETTINGS.maxFailuresPerUsername);
  });

  it('reads the session lifetimes', () => {
    const settings = authSettingsFromEnv({ SESSION_IDLE_MINUTES: '10', SESSION_ABSOLUTE_HOURS: '8' });
    expect(settings.idleTimeoutMs).toBe(600_000);
    expect(settings.absoluteTimeoutMs).toBe(8 * 3_600_000);
  });

  it('names the variable that is wrong', () => {
    expect(() => authSettingsFromEnv({ SESSION_IDLE_MINUTES: 'soon' })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});
