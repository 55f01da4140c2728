import type { CodeLanguage, CodeRunner, CodeRunOptions, CodeRunResult } from '../ports/code-runner.js';
import { UnsupportedFeatureError } from '../errors/index.js';

/**
 * One `CodeRunner` over several single-language ones (QuickJS for JavaScript, Pyodide for
 * Python): each run goes to the first runner that lists its language. A language no runner
 * offers is `unavailable` with the reason its runner gave.
 *
 * @example
 * const codeRunner = combineCodeRunners([createQuickJsCodeRunner(), await createPyodideCodeRunner()]);
 */
export function combineCodeRunners(runners: CodeRunner[]): CodeRunner {
  const languages = [...new Set(runners.flatMap((runner) => runner.languages))];
  const unavailable: Partial<Record<CodeLanguage, string>> = {};
  for (const runner of runners) {
    for (const [language, reason] of Object.entries(runner.unavailable ?? {}) as [CodeLanguage, string][]) {
      if (!languages.includes(language) && !unavailable[language]) unavailable[language] = reason;
    }
  }
  return {
    specificationVersion: 'v1',
    adapterId: runners.map((runner) => runner.adapterId).join('+'),
    languages,
    ...(Object.keys(unavailable).length ? { unavailable } : {}),
    run(options: CodeRunOptions): Promise<CodeRunResult> {
      const runner = runners.find((candidate) => candidate.languages.includes(options.language));
      if (!runner) {
        const reason = unavailable[options.language];
        return Promise.reject(
          new UnsupportedFeatureError({
            feature: `code-runner.${options.language}`,
            message: reason ? `${options.language} is unavailable: ${reason}` : `No code runner runs ${options.language}`,
          }),
        );
      }
      return runner.run(options);
    },
    async close() {
      await Promise.all(runners.map((runner) => runner.close?.()));
    },
  };
}
