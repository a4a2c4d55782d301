import type { CredentialThresholds } from '../core/index.ts';

export interface CredentialsOptions {
  account?: string;
  now?: Date;
  thresholds: Partial<CredentialThresholds>;
}

const DAYS_OPTIONS: Record<string, keyof CredentialThresholds> = {
  '--root-used-days': 'rootUsedDays',
  '--rotation-days': 'keyRotationDays',
  '--unused-days': 'unusedDays',
};
const NAMES = ['--account', '--now', ...Object.keys(DAYS_OPTIONS)];
/** An ISO 8601 date-time (2026-12-01T00:00:00Z), or a date alone. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `[--account GAAD] [--now ISO] [--root-used-days N] [--rotation-days N] [--unused-days N]`, or
 * what is wrong with them and where (the argument's position).
 */
export function readCredentialsOptions(options: readonly string[]): CredentialsOptions | string {
  const result: CredentialsOptions = { thresholds: {} };
  const seen = new Set<string>();
  for (let index = 0; index < options.length; index += 2) {
    const name = options[index]!;
    const value = options[index + 1];
    const at = `argument ${index + 3}`;
    if (!NAMES.includes(name)) return `${at}: unknown option "${name}" (give ${NAMES.join(', ')})`;
    if (seen.has(name)) return `${at}: ${name} is given twice`;
    if (value === undefined || value.startsWith('--')) return `${at}: ${name} needs a value`;
    seen.add(name);
    const threshold = DAYS_OPTIONS[name];
    if (name === '--account') result.account = value;
    else if (name === '--now') {
      const time = ISO_TIME.test(value) ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(time))
        return `${at}: --now "${value}" is not an ISO 8601 date-time, e.g. 2026-12-01T00:00:00Z`;
      result.now = new Date(time);
    } else if (threshold !== undefined) {
      if (!/^\d+$/.test(value)) return `${at}: ${name} "${value}" is not a whole number of days`;
      result.thresholds[threshold] = Number(value);
    }
  }
  return result;
}
