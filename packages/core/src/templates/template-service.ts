import type { InterviewTemplate } from '../domain/index.js';
import { NotFoundError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import type { TemplateService } from './template-service-types.js';
import { STARTER_TEMPLATES, type StarterTemplate } from './starter-templates.js';

/**
 * Creates the template service: lists the interviews a candidate can choose and installs the
 * starter set.
 *
 * @example
 * ```ts
 * const templates = createTemplateService(context);
 * await templates.seedStarterTemplates();
 * const all = await templates.list();
 * ```
 */
export function createTemplateService(context: CoachContext): TemplateService {
  return {
    list() {
      return context.storage.templates.list();
    },

    get({ id }) {
      return getTemplate(context, id);
    },

    async seedStarterTemplates() {
      const now = context.now().toISOString();
      let written = 0;
      for (const starter of STARTER_TEMPLATES) {
        const existing = await context.storage.templates.get({ id: starter.id });
        // Rewriting an unchanged template would only churn `updatedAt`; skipping keeps seeding idempotent.
        if (existing && sameContent(existing, starter)) continue;
        await context.storage.templates.upsert({
          template: { ...starter, createdAt: existing?.createdAt ?? now, updatedAt: now },
        });
        written += 1;
      }
      return written;
    },
  };
}

/** Loads a template or throws `NotFoundError`. Shared by the interview service. */
export async function getTemplate(context: CoachContext, id: string): Promise<InterviewTemplate> {
  // An id with control characters (NUL) can name no template, and PostgreSQL refuses it outright.
  const template = typeof id === 'string' && id.length <= 200 && !/\p{Cc}/u.test(id) ? await context.storage.templates.get({ id }) : null;
  if (!template) {
    throw new NotFoundError({
      entity: 'template',
      id: String(id),
      message: 'No interview template with that id. Call templates.seedStarterTemplates() to install the starter set.',
    });
  }
  return template;
}

function sameContent(stored: InterviewTemplate, starter: StarterTemplate): boolean {
  return (
    stored.title === starter.title &&
    stored.description === starter.description &&
    stored.roleFocus === starter.roleFocus &&
    stored.behavioralQuestions === starter.behavioralQuestions &&
    stored.technicalQuestions === starter.technicalQuestions &&
    stored.includeDsa === starter.includeDsa
  );
}
