// What --help and the README's settings table say about each setting: its flag and value, its default, the
// syntax its value takes (from its parser), and the commands beside the server.
import { DEFAULT_CONFIG, SETTINGS, type Setting } from './config.js';
import { formatSize } from './parsers.js';

/** The default --help and the README show: DEFAULT_CONFIG's value (a size in its unit), or what the setting says. */
export function shownDefault(setting: Setting): string | undefined {
  const value = DEFAULT_CONFIG[setting.key];
  if (setting.shownDefault !== undefined) return setting.shownDefault;
  if (setting.boolean || Array.isArray(value) || value === undefined) return undefined;
  return setting.parse.placeholder === '<size>' ? formatSize(value as number) : String(value);
}

/** `--port <n>`, `--watch`. */
export function flagLabel(setting: Setting): string {
  return setting.boolean ? `--${setting.flag}` : `--${setting.flag} ${setting.parse.placeholder ?? '<value>'}`;
}

/** `(default 8080; an integer from 0 to 65535)` after a setting's help, or nothing. */
function valueNote(setting: Setting): string {
  const shown = shownDefault(setting);
  const parts = [...(shown !== undefined ? [`default ${shown}`] : []), ...(setting.parse.syntax ? [setting.parse.syntax] : [])];
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

export function usage(): string {
  const lines = SETTINGS.map((s) => `  ${flagLabel(s).padEnd(28)} ${s.help}${valueNote(s)} [${s.env.join(', ')}]`);
  return [
    'Usage: responses-mock [options]',
    '',
    'A local mock of the Responses API tool-calling behaviour of OpenRouter (/api/v1) and OpenAI (/v1).',
    '',
    'Options (each also an environment variable; a flag wins over its variable, and RESPONSES_MOCK_PORT and',
    'RESPONSES_MOCK_HOST over PORT and HOST):',
    ...lines,
    '  -h, --help                   show this help',
    '  -v, --version                print the version',
    '',
    'Commands:',
    '  validate-fixtures <dir...>   check fixture files as start-up does, without starting the server',
    '  verify-recordings <dir>      send recorded requests again and report drift (--help for its options)',
  ].join('\n');
}
