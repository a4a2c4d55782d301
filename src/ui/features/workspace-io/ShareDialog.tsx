import { useMemo, useState } from 'react';
import { encodeShareLink, type Scenario } from '../../../core/index.ts';
import { codeBlockClass } from './classes.ts';
import { CopyButton } from './CopyButton.tsx';
import { Dialog } from './Dialog.tsx';
import { makeShareUrl } from '../../../persistence/share-url.ts';

/** Some chat tools and ticket systems cut links longer than this. */
const LONG_LINK = 8_000;

interface ShareDialogProps {
  scenario: Scenario;
  selectedRequest?: string;
  page: { origin: string; pathname: string; search: string };
  onClose(): void;
}

export function ShareDialog({ scenario, selectedRequest, page, onClose }: ShareDialogProps) {
  const [view, setView] = useState(false);
  const payload = useMemo(
    () =>
      encodeShareLink(selectedRequest === undefined ? { scenario } : { scenario, selectedRequest }),
    [scenario, selectedRequest],
  );
  const url = makeShareUrl(page, payload, view);
  return (
    <Dialog title="Share this scenario" onClose={onClose}>
      <p className="mb-3 text-xs text-zinc-600 dark:text-zinc-400">
        The link holds every policy, request and expectation, compressed in the part after{' '}
        <code>#</code>, which browsers never send to a server. Anyone with the link sees the same
        simulation.
      </p>
      <textarea
        readOnly
        aria-label="Share link"
        value={url}
        rows={4}
        onFocus={(event) => event.currentTarget.select()}
        className={`${codeBlockClass} w-full resize-none break-all whitespace-pre-wrap`}
      />
      <div className="mt-2 flex items-center justify-between gap-3 text-xs">
        <label className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={view}
            onChange={(event) => setView(event.target.checked)}
          />
          Read-only link (opens the simulation, offers to edit a copy)
        </label>
        <CopyButton text={url} label="Copy link" />
      </div>
      <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400" data-testid="share-length">
        {url.length.toLocaleString('en-US')} characters
        {url.length > LONG_LINK &&
          ': some chat tools cut links this long; export the scenario as a file instead'}
      </p>
    </Dialog>
  );
}
