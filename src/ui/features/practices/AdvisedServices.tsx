import type { AccessAdvisorView } from '../../../analysis/cloudtrail-advisor.ts';
import { counted } from '../cloudtrail/counts.ts';
import { UnloadedServices } from '../cloudtrail/UnloadedServices.tsx';

/** A caller's services as Access Advisor lists them: granted, used and last used. */
export function AdvisedServices({ view }: { view: AccessAdvisorView }) {
  return (
    <>
      {view.services.length === 0 ? (
        <p role="status">The workspace&apos;s policies grant {view.caller} no service.</p>
      ) : (
        <table aria-label="Services granted and their last use" className="w-full table-fixed">
          <thead className="border-b border-zinc-200 text-left text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
            <tr>
              <th className="w-32 px-2 py-1">Service</th>
              <th className="px-2 py-1">Actions granted and used</th>
              <th className="w-48 px-2 py-1">Last used</th>
            </tr>
          </thead>
          <tbody>
            {view.services.map((use) => (
              <tr
                key={use.service}
                data-testid="advised-service"
                className="border-b border-zinc-100 align-top dark:border-zinc-800"
              >
                <td className="px-2 py-1 font-mono">{use.service}</td>
                <td className="px-2 py-1">
                  {use.used.length.toLocaleString('en-US')} of{' '}
                  {counted(use.granted, 'action', 'actions')} used
                  {use.used.length > 0 && (
                    <span className="font-mono [overflow-wrap:anywhere] text-zinc-600 dark:text-zinc-400">
                      {' '}
                      ({use.used.join(', ')})
                    </span>
                  )}
                </td>
                <td className="px-2 py-1">
                  {use.lastUsed ?? (
                    <span className="font-semibold text-amber-800 dark:text-amber-300">
                      Not used in these logs
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UnloadedServices services={view.unloaded} />
    </>
  );
}
