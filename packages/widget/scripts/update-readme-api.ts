import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parts of a custom elements manifest (schema 2) the README uses. */
interface Manifest {
  modules: {
    declarations?: {
      name: string;
      tagName?: string;
      summary?: string;
      attributes?: { name: string; fieldName?: string; type?: { text: string }; default?: string; description?: string }[];
      members?: {
        kind: string;
        name: string;
        privacy?: string;
        static?: boolean;
        attribute?: string;
        type?: { text: string };
        default?: string;
        description?: string;
      }[];
      events?: { name: string; type?: { text: string }; description?: string }[];
      cssParts?: { name: string; description?: string }[];
      cssProperties?: { name: string; description?: string }[];
    }[];
  }[];
}

const START = '<!-- api:start (generated from custom-elements.json by scripts/update-readme-api.ts) -->';
const END = '<!-- api:end -->';

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string | undefined) => (text ? `\`${text.replace(/\|/g, '\\|')}\`` : '');

/** Renders the element's API (properties, methods, events, parts, CSS properties) as Markdown tables. */
export function renderApiReference(manifest: Manifest): string {
  const lines: string[] = [];
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName));
  // The element pages use comes first; the parts it loads on first use follow it.
  elements.sort((a, b) => Number(b.tagName === 'coach-interview') - Number(a.tagName === 'coach-interview'));
  for (const declaration of elements) {
    const publicMembers = (declaration.members ?? []).filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static);
    lines.push(`### \`<${declaration.tagName}>\``, '', cell(declaration.summary), '', '#### Attributes and properties', '');
    lines.push('| Attribute | Property | Type | Default | Description |', '| --- | --- | --- | --- | --- |');
    for (const member of publicMembers.filter((item) => item.kind === 'field')) {
      lines.push(
        `| ${code(member.attribute) || '–'} | ${code(member.name)} | ${code(member.type?.text)} | ${code(member.default)} | ${cell(member.description)} |`,
      );
    }
    const methods = publicMembers.filter((item) => item.kind === 'method');
    if (methods.length > 0) {
      lines.push('', '#### Methods', '', '| Method | Description |', '| --- | --- |');
      for (const method of methods) lines.push(`| ${code(`${method.name}()`)} | ${cell(method.description)} |`);
    }
    // Sections with nothing in them are left out (the parts `<coach-interview>` loads have no events of their own).
    const events = declaration.events ?? [];
    if (events.length > 0) {
      lines.push(
        '',
        '#### Events',
        '',
        'All bubble and are composed, so a listener on `document` hears them.',
        '',
        '| Event | Type | Description |',
        '| --- | --- | --- |',
      );
      for (const event of events) lines.push(`| ${code(event.name)} | ${code(event.type?.text)} | ${cell(event.description)} |`);
    }
    const parts = declaration.cssParts ?? [];
    if (parts.length > 0) {
      lines.push('', '#### CSS parts', '', '| Part | Description |', '| --- | --- |');
      for (const part of parts) lines.push(`| ${code(part.name)} | ${cell(part.description)} |`);
    }
    const properties = declaration.cssProperties ?? [];
    if (properties.length > 0) {
      lines.push('', '#### CSS custom properties', '', '| Property | Description |', '| --- | --- |');
      for (const property of properties) lines.push(`| ${code(property.name)} | ${cell(property.description)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Replaces the generated section of a README (between the api markers) with the manifest's API. */
export function updateReadme(readme: string, manifest: Manifest): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error('README.md has no api:start/api:end markers.');
  return `${readme.slice(0, start)}${START}\n\n${renderApiReference(manifest)}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const packageDirectory = fileURLToPath(new URL('../', import.meta.url));
  const manifest = JSON.parse(readFileSync(`${packageDirectory}custom-elements.json`, 'utf8')) as Manifest;
  const readmePath = `${packageDirectory}README.md`;
  const readme = readFileSync(readmePath, 'utf8');
  const updated = updateReadme(readme, manifest);
  if (updated !== readme) writeFileSync(readmePath, updated);
}
