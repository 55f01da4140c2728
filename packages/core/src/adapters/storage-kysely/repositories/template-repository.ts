import type { InterviewTemplate, TemplateAuditEntry, TemplateAuthoring } from '../../../domain/template-types.js';
import { ConflictError } from '../../../errors/conflict-error.js';
import type { TemplateRepository } from '../../../ports/storage.js';
import type { TemplateAuditRow, TemplateRow } from '../database-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

/** Interview templates, one row each, and the audit trail of their changes. */
export function createTemplateRepository({ db }: RepositoryContext): TemplateRepository {
  return {
    async list() {
      const rows = await db.selectFrom('coach_templates').selectAll().orderBy('title').orderBy('id').execute();
      return rows.map(rowToTemplate);
    },

    async get({ id }) {
      const row = await db.selectFrom('coach_templates').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rowToTemplate(row) : null;
    },

    async upsert({ template }) {
      const row = templateToRow(template, template.version);
      const { id: _id, created_at: _createdAt, ...changes } = row;
      const stored = await db
        .insertInto('coach_templates')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .returningAll()
        .executeTakeFirstOrThrow();
      return rowToTemplate(stored);
    },

    async create({ template }) {
      // The primary key decides between concurrent creators; the storage wrapper maps the violation to ConflictError.
      const stored = await db.insertInto('coach_templates').values(templateToRow(template, 1)).returningAll().executeTakeFirstOrThrow();
      return rowToTemplate(stored);
    },

    async update({ template, expectedVersion }) {
      const { id: _id, created_at: _createdAt, ...changes } = templateToRow(template, expectedVersion + 1);
      const stored = await db
        .updateTable('coach_templates')
        .set(changes)
        .where('id', '=', template.id)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!stored) {
        throw new ConflictError({ message: 'The interview template was changed by someone else; reload it and try again.' });
      }
      return rowToTemplate(stored);
    },

    async appendAudit({ entry }) {
      const row: TemplateAuditRow = {
        id: entry.id,
        template_id: entry.templateId,
        version: entry.version,
        action: entry.action,
        snapshot: JSON.stringify(entry.snapshot),
        created_at: toTimestamp(entry.createdAt, 'entry.createdAt'),
      };
      await db.insertInto('coach_template_audit').values(row).execute();
    },

    async listAudit({ templateId }) {
      const rows = await db
        .selectFrom('coach_template_audit')
        .selectAll()
        .where('template_id', '=', templateId)
        .orderBy('version')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row): TemplateAuditEntry => ({
        id: row.id,
        templateId: row.template_id,
        version: Number(row.version),
        action: row.action as TemplateAuditEntry['action'],
        snapshot: JSON.parse(row.snapshot) as InterviewTemplate,
        createdAt: row.created_at,
      }));
    },
  };
}

function templateToRow(template: InterviewTemplate, version: number): TemplateRow {
  return {
    id: template.id,
    title: template.title,
    description: template.description,
    role_focus: template.roleFocus,
    behavioral_questions: template.behavioralQuestions,
    technical_questions: template.technicalQuestions,
    include_dsa: template.includeDsa ? 1 : 0,
    authoring: template.authoring ? JSON.stringify(template.authoring) : null,
    published: template.published ? 1 : 0,
    archived_at: template.archivedAt === null ? null : toTimestamp(template.archivedAt, 'template.archivedAt'),
    version,
    created_at: toTimestamp(template.createdAt, 'template.createdAt'),
    updated_at: toTimestamp(template.updatedAt, 'template.updatedAt'),
  };
}

function rowToTemplate(row: TemplateRow): InterviewTemplate {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    roleFocus: row.role_focus,
    behavioralQuestions: Number(row.behavioral_questions),
    technicalQuestions: Number(row.technical_questions),
    includeDsa: Number(row.include_dsa) === 1,
    authoring: row.authoring === null ? null : (JSON.parse(row.authoring) as TemplateAuthoring),
    published: Number(row.published) === 1,
    archivedAt: row.archived_at,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
