import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** An esbuild plugin, typed structurally so this file needs no esbuild types. */
interface TemplatePlugin {
  name: string;
  setup(build: { onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' }>): void }): void;
}

/** Collapses the whitespace of CSS text: comments out, no spaces around punctuation. */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** Collapses every whitespace run that contains a line break into one space, which renders the same in HTML. */
export function minifyMarkupText(text: string): string {
  return text.replace(/[ \t]*\r?\n\s*/g, ' ');
}

/**
 * Rewrites the static parts of `html`, `svg` and `css` tagged templates in a TypeScript
 * source: the indentation of templates is a large share of a Lit bundle and means nothing
 * to the browser. Expressions (`${…}`) are left untouched; the TypeScript parser finds the
 * templates, so strings, comments and regular expressions that look like templates are not.
 */
export function minifyTemplateLiterals(source: string, fileName = 'source.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const rewrite = (literal: ts.Node, minify: (text: string) => string) => {
    // The literal's text between its delimiters: ` or } at the start, ` or ${ at the end.
    const start = literal.getStart(file) + 1;
    const end = literal.getEnd() - (ts.isTemplateTail(literal) || ts.isNoSubstitutionTemplateLiteral(literal) ? 1 : 2);
    const original = source.slice(start, end);
    const minified = minify(original);
    if (minified !== original) edits.push({ start, end, text: minified });
  };
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg', 'css'].includes(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCssText : minifyMarkupText;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) rewrite(template, minify);
      else {
        rewrite(template.head, minify);
        for (const span of template.templateSpans) rewrite(span.literal, minify);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The esbuild plugin that applies {@link minifyTemplateLiterals} to the package's own sources. */
export function minifyTemplateLiteralsPlugin(filter: RegExp): TemplatePlugin {
  return {
    name: 'minify-template-literals',
    setup(build) {
      build.onLoad({ filter }, async ({ path }) => ({ contents: minifyTemplateLiterals(await readFile(path, 'utf8'), path), loader: 'ts' }));
    },
  };
}
