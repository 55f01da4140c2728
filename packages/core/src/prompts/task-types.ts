import type { z } from 'zod';
import type { JsonSchema } from '../ports/language-model.js';

/** One named, versioned task: its instructions, how its input is rendered, and its output schema. */
export interface PromptTask<Input, Output> {
  name: string;
  /** Bump whenever the instructions or schema change, so stored provenance stays meaningful. */
  version: number;
  system: string;
  render(input: Input): string;
  schema: z.ZodType<Output>;
  jsonSchema: JsonSchema;
  /**
   * Sampling temperature sent with the task: low where the result is a judgment that should
   * be repeatable, higher where variety helps (questions, emails).
   * @default 0.2
   */
  temperature?: number;
  /**
   * The candidate's own words that the output's `evidence` quotes must come from. When set,
   * `runTask` drops quotes that do not occur in this text, so a model cannot invent evidence.
   */
  evidenceSource?(input: Input): string;
}
