import { describe, expect, it } from 'vitest';
import { rateLimitSubject } from './rate-limit.js';

describe('rateLimitSubject', () => {
  it('should key IPv4 clients by address', () => {
    expect(rateLimitSubject('203.0.113.9')).toBe('203.0.113.9');
  });

  it('should key IPv6 clients by their /64', () => {
    expect(rateLimitSubject('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitSubject('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(rateLimitSubject('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitSubject('::1')).toBe('0:0:0:0::/64');
  });

  it('should keep what it cannot parse whole', () => {
    expect(rateLimitSubject('not:an:address:at:all:::')).toBe('not:an:address:at:all:::');
  });
});
