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
}
