/**
 * Synonym sets for judging whether an answer covers a key concept. A concept whose cues
 * include any member of a set is also covered by the other members, so "I acknowledged his
 * point" covers "understanding the other side" although it says neither "listen" nor
 * "perspective". Members are cues (see `internal/text-matching.ts`).
 */
export const CONCEPT_SYNONYMS: readonly (readonly string[])[] = [
  [
    'listen',
    'understand',
    'perspective',
    'their point',
    'acknowledg',
    'his point',
    'her point',
    'point of view',
    'where he was coming from',
    'where she was coming from',
    'where they were coming from',
    'empath',
    'hear him out',
    'hear her out',
    'heard him out',
    'heard her out',
    'his concern',
    'her concern',
    'their concern',
    'his view',
    'her view',
    'asked why',
  ],
  ['agreed', 'compromise', 'consensus', 'aligned', 'resolved', 'settled on', 'we both', 'co-wrote', 'co-authored', 'meet in the middle', 'middle ground'],
  ['relationship', 'trust', 'respect', 'collaborat', 'co-wrote', 'co-authored', 'worked together', 'work together', 'still work', 'good terms', 'paired'],
  ['data', 'evidence', 'benchmark', 'prototype', 'experiment', 'measured', 'load test', 'a/b', 'numbers', 'profil', 'spike', 'proof of concept'],
  ['prioriti', 'scope', 'cut', 'descop', 'must-have', 'must have', 'mvp', 'triage', 'postpone', 'defer', 'dropped', 'moved to later', 'nice-to-have'],
  ['result', 'outcome', 'in the end', 'as a result', 'ended up', 'turned out', 'impact'],
  ['learned', 'learnt', 'lesson', 'takeaway', 'taught me', 'since then', 'in hindsight', 'looking back', 'next time'],
  ['mistake', 'my fault', 'i was responsible', 'i underestimated', 'i should have', 'i missed', 'my mistake', 'i broke', 'i caused', 'on me'],
  ['root cause', 'postmortem', 'post-mortem', 'retrospective', 'retro', 'why it happened', 'five whys', 'traced it', 'turned out to be'],
  ['lock', 'mutex', 'synchroniz', 'synchronis', 'semaphore', 'critical section', 'atomic', 'compare-and-swap'],
  ['shared state', 'shared mutable', 'shared memory', 'global variable', 'state that is shared', 'shared data', 'same variable', 'same counter', 'same memory'],
  ['race condition', 'data race', 'race', 'interleav', 'check-then-act', 'lost update'],
  ['cache', 'memoiz', 'redis', 'memcache', 'cdn'],
  ['monitor', 'alert', 'observab', 'dashboard', 'grafana', 'prometheus', 'datadog', 'pager', 'on-call'],
  ['index', 'indexes', 'indices', 'b-tree', 'btree'],
  ['algorithm', 'complexity', 'data structure', 'quadratic', 'linear time', 'big-o', 'o(n', 'hash set', 'should be a set', 'a set instead', 'n+1'],
  [
    'at-least-once',
    'at least once',
    'exactly-once',
    'exactly once',
    'at-most-once',
    'delivery guarantee',
    'arrive twice',
    'arrive two times',
    'delivered twice',
    'redeliver',
    'duplicate messages',
  ],
  ['access pattern', 'query pattern', 'read by key', 'by key', 'lookups', 'ad hoc'],
  ['retry', 'retries', 'backoff', 'back-off', 'exponential backoff'],
  ['idempoten', 'dedup', 'de-dup', 'exactly once', 'exactly-once', 'idempotency key'],
  ['mentor', 'coach', 'paired', 'taught', 'onboard'],
  ['stakeholder', 'product manager', 'product owner'],
];

/** The cues of a concept widened with every synonym set one of them belongs to. */
export function widenCues(cues: readonly string[]): string[] {
  const result = new Set(cues);
  for (const group of CONCEPT_SYNONYMS) {
    if (group.some((member) => cues.includes(member))) for (const member of group) result.add(member);
  }
  return [...result];
}
