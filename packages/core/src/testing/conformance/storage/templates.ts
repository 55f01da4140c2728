import { describe, expect, it } from 'vitest';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, makeTemplate } from './storage-builders.js';

/** The storage port's contract for interview templates. */
export function describeTemplateStorage(suite: StorageSuite): void {
  describe('templates', () => {
    const storage = currentStorage(suite);

    it('should upsert, get and list templates ordered by title', async () => {
      const b = makeTemplate({ id: 'b-template', title: 'Backend' });
      const a = makeTemplate({ id: 'a-template', title: 'Zeta', includeDsa: false, roleFocus: null });
      const c = makeTemplate({ id: 'c-template', title: 'Analyst' });
      for (const template of [b, a, c]) expect(await storage.templates.upsert({ template })).toEqual(template);
      expect(await storage.templates.get({ id: 'a-template' })).toEqual(a);
      expect(await storage.templates.get({ id: 'missing' })).toBeNull();
      expect((await storage.templates.list()).map((template) => template.title)).toEqual(['Analyst', 'Backend', 'Zeta']);
    });

    it('should replace an existing template but keep its createdAt', async () => {
      const original = makeTemplate({ id: 'swe', createdAt: at(0), updatedAt: at(0) });
      await storage.templates.upsert({ template: original });
      const replaced = await storage.templates.upsert({
        template: { ...original, title: 'Renamed', technicalQuestions: 7, createdAt: at(100), updatedAt: at(100) },
      });
      expect(replaced).toEqual({ ...original, title: 'Renamed', technicalQuestions: 7, createdAt: at(0), updatedAt: at(100) });
      expect(await storage.templates.get({ id: 'swe' })).toEqual(replaced);
      expect(await storage.templates.list()).toHaveLength(1);
    });
  });
}
