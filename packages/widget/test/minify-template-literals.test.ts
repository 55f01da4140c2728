import { describe, expect, it } from 'vitest';
import { minifyCssText, minifyTemplateLiterals } from '../scripts/minify-template-literals.js';

describe('minifyTemplateLiterals', () => {
  it('should collapse line breaks in html templates and leave expressions alone', () => {
    const source = 'const a = html`<div>\n    <p>${x ? `keep\n  this` : y}</p>\n  </div>`;';
    expect(minifyTemplateLiterals(source)).toBe('const a = html`<div> <p>${x ? `keep\n  this` : y}</p> </div>`;');
  });

  it('should minify css templates', () => {
    const source = 'const s = css`\n  :host {\n    display: block; /* why */\n  }\n  .a > .b,\n  .c { color: red; }\n`;';
    expect(minifyTemplateLiterals(source)).toBe('const s = css` :host{display:block}.a>.b,.c{color:red}`;');
  });

  it('should not touch untagged templates or other tags', () => {
    const source = 'const t = `a\n  b`; const u = sql`a\n  b`;';
    expect(minifyTemplateLiterals(source)).toBe(source);
  });

  it('should keep descendant selectors and pseudo-classes apart', () => {
    expect(minifyCssText(".a :focus-visible, :host([theme='dark']) .b { outline: 2px solid red; }")).toBe(
      ".a :focus-visible,:host([theme='dark']) .b{outline:2px solid red}",
    );
  });
});
