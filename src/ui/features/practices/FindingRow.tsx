import type { CredentialFinding, CredentialSeverity } from '../../../core/index.ts';
import { WrapAfter } from '../../components/WrapAfter.tsx';
import { UserLinks } from './UserLinks.tsx';

const SEVERITY_CLASS: Record<CredentialSeverity, string> = {
  high: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
  medium: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  low: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
};

/** One finding: its severity, code and message, the user with its links, the report's cells. */
export function FindingRow({ finding }: { finding: CredentialFinding }) {
  return (
    <tr
      data-testid="credential-finding"
      className="border-b border-zinc-100 align-top dark:border-zinc-800"
    >
      <td className="px-2 py-1">
        <span className={`rounded px-1 font-semibold ${SEVERITY_CLASS[finding.severity]}`}>
          {finding.severity}
        </span>
      </td>
      <td className="px-2 py-1">
        <div className="font-mono">{finding.code}</div>
        <div>{finding.message}</div>
      </td>
      <td className="px-2 py-1">
        <div className="flex flex-col items-start gap-1">
          <span className="font-mono break-all" title={finding.arn}>
            {finding.user}
          </span>
          <UserLinks user={finding.user} arn={finding.arn} />
        </div>
      </td>
      <td className="px-2 py-1 tabular-nums">{finding.line}</td>
      <td className="px-2 py-1">
        <dl className="flex flex-col gap-0.5 font-mono [overflow-wrap:anywhere]">
          {Object.entries(finding.evidence).map(([column, value]) => (
            <div key={column}>
              <dt className="inline text-zinc-500 dark:text-zinc-400">
                <WrapAfter text={column} after="_" />
              </dt>{' '}
              <dd className="inline">{value}</dd>
            </div>
          ))}
        </dl>
      </td>
      <td className="px-2 py-1">
        <p>{finding.remedy}</p>
        <p className="mt-0.5 text-zinc-500 [overflow-wrap:anywhere] dark:text-zinc-400">
          {finding.source}
        </p>
      </td>
    </tr>
  );
}
