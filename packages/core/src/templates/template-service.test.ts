import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/index.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import { createTestClock } from '../../test/support/test-clock.js';
import type { CoachContext } from '../internal/context.js';
import { silentLogger } from '../internal/logger.js';
import { createMockLanguageModel } from '../testing/mocks/mock-language-model.js';
import { DEFAULT_TEMPLATE_ID, STARTER_TEMPLATES } from './starter-templates.js';
import { createTemplateService } from './template-service.js';

describe('createTemplateService', () => {
  let testStorage: TestStorage;
  beforeEach(async () => {
    testStorage = await createTestSqliteStorage();
  });
  afterEach(() => testStorage.cleanup());

  function service() {
    const clock = createTestClock();
    // The template service reads only storage and the clock.
    const context = { storage: testStorage.storage, languageModel: createMockLanguageModel(), now: clock.now, logger: silentLogger } as unknown as CoachContext;
    return { clock, templates: createTemplateService(context) };
  }

  it('should install the starter set once and report nothing written on a second run', async () => {
    const { templates, clock } = service();
    expect(await templates.seedStarterTemplates()).toBe(STARTER_TEMPLATES.length);
    const first = await templates.get({ id: DEFAULT_TEMPLATE_ID });
    clock.advanceMinutes(60);
    expect(await templates.seedStarterTemplates()).toBe(0);
    expect(await templates.get({ id: DEFAULT_TEMPLATE_ID })).toEqual(first);
    const listed = await templates.list();
    expect(listed.map((template) => template.id).sort()).toEqual(STARTER_TEMPLATES.map((template) => template.id).sort());
  });

  it('should refresh a changed starter template and keep its creation time', async () => {
    const { templates, clock } = service();
    await templates.seedStarterTemplates();
    const original = await templates.get({ id: 'quick-practice' });
    await testStorage.storage.templates.upsert({ template: { ...original, technicalQuestions: 9 } });
    clock.advanceMinutes(5);
    expect(await templates.seedStarterTemplates()).toBe(1);
    const refreshed = await templates.get({ id: 'quick-practice' });
    expect(refreshed.technicalQuestions).toBe(2);
    expect(refreshed.createdAt).toBe(original.createdAt);
    expect(refreshed.updatedAt).toBe(clock.now().toISOString());
  });

  it('should describe the starter set as planned', async () => {
    const { templates } = service();
    await templates.seedStarterTemplates();
    expect(await templates.get({ id: 'software-engineer' })).toMatchObject({
      roleFocus: null,
      behavioralQuestions: 3,
      technicalQuestions: 3,
      includeDsa: true,
    });
    expect(await templates.get({ id: 'engineering-manager' })).toMatchObject({ includeDsa: false });
    expect(await templates.get({ id: 'quick-practice' })).toMatchObject({ behavioralQuestions: 1, technicalQuestions: 2, includeDsa: false });
  });

  it('should throw NotFoundError for an unknown id', async () => {
    const { templates } = service();
    await expect(templates.get({ id: 'no-such-template' })).rejects.toSatisfy((error) => NotFoundError.isInstance(error));
  });
});
