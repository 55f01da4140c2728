import type { InterviewTemplate } from '../domain/index.js';

/** Interview templates (the original system's "demos"). */
export interface TemplateService {
  list(): Promise<InterviewTemplate[]>;
  /** Throws `NotFoundError` for an unknown id. */
  get(options: { id: string }): Promise<InterviewTemplate>;
  /** Inserts or refreshes the starter set; returns how many templates it wrote. */
  seedStarterTemplates(): Promise<number>;
}
