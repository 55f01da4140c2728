import { describe, expect, it } from 'vitest';
import { defaultStrings, formatString, resolveStrings, type DashboardStrings } from './strings.js';

describe('resolveStrings', () => {
  it('should take a host translation over the defaults and ignore unknown keys and non-strings', () => {
    const overrides = { accept: 'Annehmen', decline: 42, bogus: 'x', toString: 'y' } as unknown as Partial<DashboardStrings>;
    const strings = resolveStrings(overrides);
    expect(strings.accept).toBe('Annehmen');
    expect(strings.decline).toBe(defaultStrings.decline);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(defaultStrings).sort());
    expect(resolveStrings(null)).toEqual(defaultStrings);
  });
});

describe('formatString', () => {
  it('should fill known slots and keep the others, also those named like Object members', () => {
    expect(formatString('{name} has {count} {constructor}', { name: 'Ada', count: 2 })).toBe('Ada has 2 {constructor}');
  });
});
