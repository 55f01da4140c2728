import type { InterviewTemplate, TemplateAuditEntry } from '../domain/index.js';
import type { TemplateChangeInput, TemplateCreateInput } from './template-input.js';

/** Interview templates (the original system's "demos"), starter and authored. */
export interface TemplateService {
  /**
   * The templates ordered by title. By default only those a candidate may choose (published,
   * not archived); recruiters pass `includeUnpublished` (and `includeArchived`) to see the rest.
   */
  list(options?: { includeUnpublished?: boolean; includeArchived?: boolean }): Promise<InterviewTemplate[]>;
  /** Throws `NotFoundError` for an unknown id. Archived and unpublished templates are returned too. */
  get(options: { id: string }): Promise<InterviewTemplate>;
  /** Authors a new template (version 1, audited). Throws `ValidationError` listing every problem. */
  create(options: { template: TemplateCreateInput }): Promise<InterviewTemplate>;
  /**
   * Changes an authored template if it is still at `version` (else `ConflictError`), audited.
   * Running interviews and old reports keep the version they started with.
   */
  update(options: { id: string; version: number; changes: TemplateChangeInput }): Promise<InterviewTemplate>;
  /** Archives a template: gone from the demos and from new interviews; reports keep their link. Idempotent. */
  archive(options: { id: string; version?: number }): Promise<InterviewTemplate>;
  /** Every change to a template, oldest first. */
  history(options: { id: string }): Promise<TemplateAuditEntry[]>;
  /** Inserts or refreshes the starter set; returns how many templates it wrote. */
  seedStarterTemplates(): Promise<number>;
}
