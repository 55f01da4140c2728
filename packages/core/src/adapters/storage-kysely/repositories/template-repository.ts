import type { InterviewTemplate } from '../../../domain/template-types.js';
import type { TemplateRepository } from '../../../ports/storage.js';
import type { TemplateRow } from '../database-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

/** Interview templates, one row each. */
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
      const row = templateToRow(template);
      const { id: _id, created_at: _createdAt, ...changes } = row;
      const stored = await db
        .insertInto('coach_templates')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .returningAll()
        .executeTakeFirstOrThrow();
      return rowToTemplate(stored);
    },
  };
}

function templateToRow(template: InterviewTemplate): TemplateRow {
  return {
    id: template.id,
    title: template.title,
    description: template.description,
    role_focus: template.roleFocus,
    behavioral_questions: template.behavioralQuestions,
    technical_questions: template.technicalQuestions,
    include_dsa: template.includeDsa ? 1 : 0,
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
