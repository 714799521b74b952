// The generated sections of README.md: the client examples (verbatim from examples/clients/), the error
// codes (what the server answers to a request that causes each, scripts/readme/error-tables.ts) and the
// settings (from the config table). `npm run readme` rewrites them; a test fails when README.md is out of date.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SETTINGS } from '../src/config/config.js';
import { flagLabel, shownDefault } from '../src/config/help.js';
import { errorTables, wireAnswers } from './readme/error-tables.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECTION = /<!-- BEGIN generated: (.+?) -->\n[\s\S]*?<!-- END generated -->/g;

function settings(): string {
  const rows = SETTINGS.map((setting) => {
    const value = shownDefault(setting);
    const fallback = setting.boolean ? 'off' : value === undefined ? '—' : setting.shownDefault !== undefined ? value : `\`${value}\``;
    const meaning = setting.parse.syntax ? `${setting.help} (${setting.parse.syntax})` : setting.help;
    return `| \`${flagLabel(setting)}\` | ${setting.env.map((name) => `\`${name}\``).join(', ')} | ${fallback} | ${meaning} |`;
  });
  return ['| flag | environment | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

function generated(name: string, errors: { api: string; admin: string }): string {
  if (name === 'error codes') return errors.api;
  if (name === 'admin error codes') return errors.admin;
  if (name === 'settings') return settings();
  const fence = name.endsWith('.sh') ? 'sh' : 'ts';
  return `\`\`\`${fence}\n${readFileSync(`${ROOT}${name}`, 'utf8').trimEnd()}\n\`\`\``;
}

/** README.md with every generated section rebuilt. */
export async function renderReadme(current: string): Promise<string> {
  const errors = errorTables(await wireAnswers());
  return current.replace(SECTION, (_all, name: string) => `<!-- BEGIN generated: ${name} -->\n${generated(name, errors)}\n<!-- END generated -->`);
}

export const README_PATH = `${ROOT}README.md`;
