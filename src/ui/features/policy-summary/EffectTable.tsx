import {
  describeAccess,
  statementLabel,
  type AccessScope,
  type EffectSummary,
  type LevelAccess,
  type Statement,
} from '../../../core/index.ts';
import { conditionLines, resourceLines } from './scope-text.ts';

interface Row extends AccessScope {
  key: string;
  service: string;
  access: string[];
  levels?: LevelAccess[];
}

const cellClass = 'border-t border-zinc-200 px-2 py-1.5 align-top dark:border-zinc-800';

function rowsOf(summary: EffectSummary): Row[] {
  const rows: Row[] = summary.services.map((s) => ({
    ...s,
    key: s.prefix,
    service: s.name,
    access: describeAccess(s),
  }));
  const others = summary.everyOtherService;
  if (others) {
    const service = `Every other service (${others.count})`;
    rows.push({ ...others, key: '*', service, access: ['Full access'] });
  }
  return rows;
}

const WORDS = new Set(['None', 'All resources']);

/** With `code`, policy text (ARNs, keys) in the code font, the column's own words not. */
function Lines({ lines, code = false }: { lines: string[]; code?: boolean }) {
  return lines.map((line) => (
    <div key={line} className={code && !WORDS.has(line) ? 'font-mono wrap-anywhere' : undefined}>
      {line}
    </div>
  ));
}

function levelCounts(row: Row): string | undefined {
  return row.levels?.map((l) => `${l.level}: ${l.granted} of ${l.total} actions`).join('\n');
}

interface EffectTableProps {
  title: string;
  summary: EffectSummary;
  statements: readonly Statement[];
  tone: 'allow' | 'deny';
}

/** One section of the summary: the services an effect's statements reach, a row each. */
export function EffectTable({ title, summary, statements, tone }: EffectTableProps) {
  const rows = rowsOf(summary);
  const named = (index: number) => {
    const statement = statements.find((s) => s.index === index);
    return statementLabel({ sid: statement?.sid?.value, statementIndex: index });
  };
  const heading =
    tone === 'deny' ? 'text-red-800 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300';
  return (
    <section aria-label={title} className="flex flex-col gap-1">
      <h3 className={`text-xs font-semibold ${heading}`}>{title}</h3>
      <table className="w-full table-fixed border-collapse text-left text-xs text-zinc-800 dark:text-zinc-200">
        <colgroup>
          <col className="w-[22%]" />
          <col className="w-[22%]" />
          <col className="w-[32%]" />
          <col className="w-[24%]" />
        </colgroup>
        <thead className="text-[11px] text-zinc-600 dark:text-zinc-400">
          <tr>
            <th className="px-2 py-1 font-medium">Service</th>
            <th className="px-2 py-1 font-medium">Access level</th>
            <th className="px-2 py-1 font-medium">Resource</th>
            <th className="px-2 py-1 font-medium">Request condition</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} title={`From ${row.statements.map(named).join(', ')}`}>
              <th scope="row" className={`${cellClass} font-medium`}>
                {row.service}
              </th>
              <td className={cellClass} title={levelCounts(row)}>
                <Lines lines={row.access} />
              </td>
              <td className={cellClass}>
                <Lines lines={resourceLines(row.resources)} code />
              </td>
              <td className={cellClass}>
                <Lines lines={conditionLines(row.conditions)} code />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.unrecognized.length > 0 && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          Not in AWS&apos;s service reference:{' '}
          <span className="font-mono">{summary.unrecognized.join(', ')}</span>
        </p>
      )}
    </section>
  );
}
