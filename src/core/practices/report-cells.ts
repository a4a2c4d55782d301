import {
  REPORT_COLUMNS,
  ROOT_USER_NAME,
  SPECIAL_VALUES,
  type ReportColumn,
  type SpecialValue,
} from './report-columns.ts';
import type {
  CredentialUser,
  ReportAccessKey,
  ReportCertificate,
  ReportTime,
} from './report-model.ts';

/** ISO 8601 date-time as the report writes it (`2014-10-15T18:47:00+00:00`), seconds optional. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_VALUES);

type Cells = Record<ReportColumn, string>;

/** Reads one row's cells; throws a message naming the column whose cell is not what AWS writes. */
class RowReader {
  constructor(private readonly cells: Cells) {}

  time(column: ReportColumn): ReportTime {
    const cell = this.cells[column];
    if (SPECIAL.has(cell)) return cell as SpecialValue;
    const at = ISO_TIME.test(cell) ? Date.parse(cell) : Number.NaN;
    if (Number.isNaN(at)) {
      throw new Error(
        `${column} is "${cell}": expected an ISO 8601 date-time or one of ${SPECIAL_VALUES.join(', ')}`,
      );
    }
    return at;
  }

  flag(column: ReportColumn): boolean {
    const cell = this.cells[column].toLowerCase();
    if (cell === 'true' || cell === 'false') return cell === 'true';
    throw new Error(`${column} is "${this.cells[column]}": expected TRUE or FALSE`);
  }

  accessKey(number: 1 | 2): ReportAccessKey {
    const prefix = `access_key_${number}` as const;
    return {
      number,
      active: this.flag(`${prefix}_active`),
      lastRotated: this.time(`${prefix}_last_rotated`),
      lastUsedDate: this.time(`${prefix}_last_used_date`),
      lastUsedRegion: this.cells[`${prefix}_last_used_region`],
      lastUsedService: this.cells[`${prefix}_last_used_service`],
    };
  }

  certificate(number: 1 | 2): ReportCertificate {
    return {
      number,
      active: this.flag(`cert_${number}_active`),
      lastRotated: this.time(`cert_${number}_last_rotated`),
    };
  }
}

/**
 * The user of a row of the report's width, or a message saying which cell is not what the IAM
 * User Guide's "Understanding the report format" describes.
 */
export function readUserRow(fields: readonly string[], line: number): CredentialUser | string {
  const cells = Object.fromEntries(
    REPORT_COLUMNS.map((column, index) => [column, fields[index]!]),
  ) as Cells;
  if (cells.user === '') return 'user is empty';
  if (!cells.arn.startsWith('arn:')) return `arn is "${cells.arn}": expected an ARN`;
  const read = new RowReader(cells);
  try {
    const passwordEnabled =
      cells.password_enabled === 'not_supported'
        ? ('not_supported' as const)
        : read.flag('password_enabled');
    return {
      line,
      user: cells.user,
      arn: cells.arn,
      root: cells.user === ROOT_USER_NAME,
      creationTime: read.time('user_creation_time'),
      passwordEnabled,
      passwordLastUsed: read.time('password_last_used'),
      passwordLastChanged: read.time('password_last_changed'),
      passwordNextRotation: read.time('password_next_rotation'),
      mfaActive: read.flag('mfa_active'),
      accessKeys: [read.accessKey(1), read.accessKey(2)],
      certificates: [read.certificate(1), read.certificate(2)],
      cells,
    };
  } catch (error) {
    return (error as Error).message;
  }
}
