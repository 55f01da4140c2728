import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundlePath } from './helpers/paths.js';

const packageDir = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, packageDir), 'utf8');

/** The bundle's budget: Lit included, gzipped. */
const BUDGET_BYTES = 30 * 1024;

describe('@coach/recruiter-ui build', () => {
  it('should keep the self-contained bundle under 30 KB gzipped, Lit included', () => {
    if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run \`npm run build -w @coach/recruiter-ui\` first.`);
    const bundle = readFileSync(bundlePath);
    expect(bundle.toString('utf8')).not.toMatch(/from\s*["']lit/);
    // Lit's production build: no dev-mode warning in the page.
    expect(bundle.toString('utf8')).not.toContain('Lit is in dev mode');
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThan(BUDGET_BYTES);
  });

  it('should describe the element, its events, parts and properties in custom-elements.json', () => {
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: { declarations?: { tagName?: string; events?: { name: string }[]; cssParts?: { name: string }[]; attributes?: { name: string }[] }[] }[];
    };
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'coach-recruiter-dashboard');
    expect(element).toBeDefined();
    expect(element?.events?.map((event) => event.name).sort()).toEqual(['coach-decision-change', 'coach-error', 'coach-report-delete', 'coach-report-open']);
    const parts = element?.cssParts?.map((part) => part.name) ?? [];
    for (const part of ['base', 'table', 'dialog', 'accept-button', 'confirm-button', 'invite', 'notice']) expect(parts).toContain(part);
    expect(element?.attributes?.map((attribute) => attribute.name)).toEqual(expect.arrayContaining(['api-base', 'theme', 'page-size']));
  });

  it('should ship type declarations for both entries', () => {
    const exportsMap = (JSON.parse(read('package.json')) as { exports: Record<string, { types?: string } | string> }).exports;
    for (const entry of ['.', './coach-recruiter-dashboard.js']) {
      const types = (exportsMap[entry] as { types: string }).types;
      expect(existsSync(new URL(types, packageDir))).toBe(true);
    }
    expect(read('dist/coach-recruiter-dashboard.d.ts')).toContain("'coach-recruiter-dashboard': CoachRecruiterDashboard");
  });
});
