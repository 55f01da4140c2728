import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot: string = fileURLToPath(new URL('../../../', import.meta.url));

/** A published package of the repository. */
export interface WorkspacePackage {
  name: '@coach/core' | '@coach/client' | '@coach/server' | '@coach/widget' | '@coach/recruiter-ui';
  /** Relative to the repository root. */
  directory: string;
}

/** Every package that is published to npm, in build order. */
export const PUBLISHED_PACKAGES: readonly WorkspacePackage[] = [
  { name: '@coach/core', directory: 'packages/core' },
  { name: '@coach/client', directory: 'packages/client' },
  { name: '@coach/widget', directory: 'packages/widget' },
  { name: '@coach/recruiter-ui', directory: 'packages/recruiter-ui' },
  { name: '@coach/server', directory: 'packages/server' },
];
