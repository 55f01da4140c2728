import type { InterviewTemplate, TemplateAuditEntry } from '../domain/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { createId } from '../internal/ids.js';
import type { StorageRepositories } from '../ports/storage.js';
import type { TemplateService } from './template-service-types.js';
import { STARTER_TEMPLATES, type StarterTemplate } from './starter-templates.js';
import { applyTemplateChange, parseTemplateCreate, plannedKinds, type TemplateContent } from './template-input.js';

/**
 * Creates the template service: lists the interviews a candidate can choose, installs the
 * starter set, and lets a hiring site author its own (versioned, with an audit entry per change).
 *
 * @example
 * ```ts
 * const templates = createTemplateService(context);
 * await templates.seedStarterTemplates();
 * const mine = await templates.create({ template: { title: 'Platform', role: 'Platform Engineer', level: 'senior', questionCount: 5 } });
 * ```
 */
export function createTemplateService(context: CoachContext): TemplateService {
  const { storage } = context;

  return {
    async list(options = {}) {
      const all = await storage.templates.list();
      return all.filter((template) => (options.includeUnpublished || template.published) && (options.includeArchived || template.archivedAt === null));
    },

    get({ id }) {
      return getTemplate(context, id);
    },

    async create({ template: input }) {
      const content = parseTemplateCreate(input);
      const now = context.now().toISOString();
      const draft = { ...fromContent(content), id: createId(), archivedAt: null, version: 1, createdAt: now, updatedAt: now };
      return storage.transaction(async (tx) => {
        const created = await tx.templates.create({ template: draft });
        await audit(tx, created, 'created', now);
        return created;
      });
    },

    async update({ id, version, changes }) {
      requireVersion(version);
      const current = await getTemplate(context, id);
      if (current.authoring === null) {
        throw new ValidationError({
          message: 'Starter templates cannot be edited; create your own interview instead.',
          issues: [{ path: 'id', message: 'starter template' }],
        });
      }
      if (current.archivedAt !== null) throw new ConflictError({ message: 'This interview template is archived.' });
      const content = applyTemplateChange(
        { title: current.title, description: current.description, published: current.published, authoring: current.authoring },
        changes,
      );
      const now = context.now().toISOString();
      return storage.transaction(async (tx) => {
        const updated = await tx.templates.update({ template: { ...current, ...fromContent(content), updatedAt: now }, expectedVersion: version });
        await audit(tx, updated, 'updated', now);
        return updated;
      });
    },

    async archive({ id, version }) {
      if (version !== undefined) requireVersion(version);
      const current = await getTemplate(context, id);
      if (current.archivedAt !== null) return current;
      const now = context.now().toISOString();
      return storage.transaction(async (tx) => {
        const archived = await tx.templates.update({ template: { ...current, archivedAt: now, updatedAt: now }, expectedVersion: version ?? current.version });
        await audit(tx, archived, 'archived', now);
        return archived;
      });
    },

    async history({ id }) {
      await getTemplate(context, id);
      return storage.templates.listAudit({ templateId: id });
    },

    async seedStarterTemplates() {
      const now = context.now().toISOString();
      let written = 0;
      for (const starter of STARTER_TEMPLATES) {
        const existing = await storage.templates.get({ id: starter.id });
        // Rewriting an unchanged template would only churn `updatedAt`; skipping keeps seeding idempotent.
        if (existing && sameContent(existing, starter)) continue;
        await storage.templates.upsert({
          template: {
            ...starter,
            authoring: null,
            // A recruiter may have archived a starter template; reseeding must not bring it back.
            published: existing?.published ?? true,
            archivedAt: existing?.archivedAt ?? null,
            version: (existing?.version ?? 0) + 1,
            createdAt: existing?.createdAt ?? now,
            updatedAt: now,
          },
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

// The counts and flags the interview planner reads are derived from what was authored, so starter
// and authored templates start interviews the same way.
function fromContent(
  content: TemplateContent,
): Pick<InterviewTemplate, 'title' | 'description' | 'published' | 'authoring' | 'roleFocus' | 'behavioralQuestions' | 'technicalQuestions' | 'includeDsa'> {
  const kinds = plannedKinds(content.authoring);
  return {
    title: content.title,
    description: content.description,
    published: content.published,
    authoring: content.authoring,
    roleFocus: null,
    behavioralQuestions: kinds.behavioral,
    technicalQuestions: kinds.technical,
    includeDsa: content.authoring.dsa.enabled,
  };
}

async function audit(storage: StorageRepositories, template: InterviewTemplate, action: TemplateAuditEntry['action'], now: string): Promise<void> {
  await storage.templates.appendAudit({
    entry: { id: createId(), templateId: template.id, version: template.version, action, snapshot: template, createdAt: now },
  });
}

function requireVersion(version: unknown): void {
  if (!Number.isInteger(version) || (version as number) < 1) {
    throw new ValidationError({
      message: 'The template version is required to change it.',
      issues: [{ path: 'version', message: 'must be a positive integer' }],
    });
  }
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
