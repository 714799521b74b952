// How each setting's text becomes a value: integers, sizes with units, names, URLs, folders, switches. Each parser
// returns the value or a problem worded for the user; src/config/config.ts lists which setting uses which.
import { SCENARIO_NAME_PATTERN } from '../schemas/constants.js';

export type Parser = ((raw: string) => { value: unknown } | { problem: string }) & {
  /** What the value looks like, for --help (`an integer from 0 to 65535`). */
  syntax?: string;
  /** How --help names the value (`<size>`; `<value>` when not given). */
  placeholder?: string;
};

const described = <P extends Parser>(parse: P, note: { syntax: string; placeholder: string }): P => Object.assign(parse, note);

/** Plain decimal digits, as the x-mock-seed header takes them: Number() would also take '0x1f', '1e3', '-0', '1.0' and ' 7'. */
export const integer = (min: number, max: number) => described((raw: string) => {
  // Space around the digits is dropped (a value read from a file ends with a line break).
  const digits = raw.trim();
  const value = /^\d+$/.test(digits) ? Number(digits) : NaN;
  return Number.isInteger(value) && value >= min && value <= max
    ? { value }
    : { problem: `expected an integer from ${min} to ${max} in decimal digits, got '${shown(raw)}'` };
}, { syntax: `an integer from ${min} to ${max}`, placeholder: '<n>' });
/** A value as the problem quotes it: control characters (a line break) escaped as in JSON. */
const shown = (raw: string): string => JSON.stringify(raw).slice(1, -1);
export const oneOf = (...allowed: string[]) => (raw: string) =>
  allowed.includes(raw) ? { value: raw } : { problem: `expected one of ${allowed.join(', ')}, got '${raw}'` };
const SIZE_UNITS = new Map([['', 1], ['k', 1024], ['m', 1024 ** 2], ['g', 1024 ** 3]]);
/** A byte count: `1048576`, `512k`, `64m`, `1g` (binary units; a trailing `b` or `ib` is allowed). */
export const size = (min: number, max: number) => described((raw: string) => {
  const match = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(raw.trim());
  const value = match ? Number(match[1]) * SIZE_UNITS.get(match[2]!.toLowerCase())! : NaN;
  return Number.isSafeInteger(value) && value >= min && value <= max
    ? { value }
    : { problem: `expected a size from ${formatSize(min)} to ${formatSize(max)} (e.g. 1048576, 512k, 64m, 1g), got '${raw}'` };
}, { syntax: `bytes, or with k, m or g (1048576, 512k, 64m, 1g), from ${formatSize(min)} to ${formatSize(max)}`, placeholder: '<size>' });

/** `1024 bytes`, `1 MiB`, `64 GiB`: a size in its largest whole unit (MiB at least). */
export function formatSize(bytes: number): string {
  for (const [unit, factor] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2]] as const) {
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor} ${unit}`;
  }
  return `${bytes} bytes`;
}
export const names = (raw: string) => {
  const list = raw.split(',').map((name) => name.trim()).filter(Boolean);
  return list.length > 0 && list.every((name) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
    ? { value: list }
    : { problem: `expected comma-separated header or field names, got '${raw}'` };
};
export const hostNames = (raw: string) => {
  const list = raw.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  return list.length > 0 && list.every((name) => name === '*' || /^[a-z0-9]([a-z0-9.-]{0,252})$/.test(name))
    ? { value: list }
    : { problem: `expected comma-separated host names (or *), got '${raw}'` };
};
export const url = (raw: string) => {
  try {
    const parsed = new URL(raw);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return { value: raw.replace(/\/+$/, '') };
  } catch {
    // reported below
  }
  return { problem: `expected an http:// or https:// URL, got '${raw}'` };
};
export const scenarioName = (raw: string) => (new RegExp(SCENARIO_NAME_PATTERN).test(raw)
  ? { value: raw }
  : { problem: `expected a scenario name (letters, digits, _ . : -; at most 128 characters), got '${raw}'` });
/** Comma-separated folder paths. */
export const folders = (raw: string) => {
  const list = raw.split(',').map((folder) => folder.trim()).filter(Boolean);
  return list.length > 0 ? { value: list } : { problem: 'expected one or more folders (comma-separated)' };
};
export const text = (raw: string) => (raw.trim() ? { value: raw } : { problem: 'must not be empty' });
export const truth = ({ whenSet }: { whenSet: boolean }) => (raw: string) => {
  if (/^(1|true|yes|on)$/i.test(raw)) return { value: whenSet };
  if (/^(0|false|no|off)$/i.test(raw)) return { value: !whenSet };
  return { problem: `expected true or false, got '${raw}'` };
};
