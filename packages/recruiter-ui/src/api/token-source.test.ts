import { describe, expect, it } from 'vitest';
import { createTokenSource } from './token-source.js';

function host(initial: string | null, tokens: string[] | null) {
  const state = { token: initial, calls: 0 };
  const queue = tokens ? [...tokens] : null;
  const getToken = queue
    ? async () => {
        state.calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return queue.shift() ?? null;
      }
    : null;
  const source = createTokenSource({ token: () => state.token, getToken: () => getToken });
  return { state, source };
}

describe('createTokenSource', () => {
  it('should hand out the host token and ask getToken only when there is none', async () => {
    const withToken = host('t1', ['fresh']);
    expect(await withToken.source.current()).toBe('t1');
    expect(withToken.state.calls).toBe(0);
    const withoutToken = host(null, ['fresh']);
    expect(await withoutToken.source.current()).toBe('fresh');
    expect(await withoutToken.source.current()).toBe('fresh');
    expect(withoutToken.state.calls).toBe(1);
  });

  it('should renew a stale token once for every caller that saw it expire', async () => {
    const { state, source } = host('expired', ['t2', 't3']);
    const renewed = await Promise.all([source.renew('expired'), source.renew('expired'), source.renew('expired')]);
    expect(renewed).toEqual(['t2', 't2', 't2']);
    expect(state.calls).toBe(1);
    // A caller that still held the old token gets the replacement, not another renewal.
    expect(await source.renew('expired')).toBe('t2');
    expect(await source.current()).toBe('t2');
    expect(await source.renew('t2')).toBe('t3');
    expect(state.calls).toBe(2);
  });

  it('should prefer a token the host sets after a renewal', async () => {
    const { state, source } = host('expired', ['t2']);
    await source.renew('expired');
    state.token = 'from-host';
    expect(await source.current()).toBe('from-host');
  });

  it('should return the stale token when there is no getToken, so the caller gives up', async () => {
    const { source } = host('expired', null);
    expect(await source.renew('expired')).toBe('expired');
    expect(source.available).toBe(true);
    expect(host(null, null).source.available).toBe(false);
  });
});
