import { useEffect, useState } from 'react';
import { analysisClient } from '../../../analysis/analysis-client.ts';
import type { ImportedText } from '../../../core/index.ts';

/** What the text pasted holds, once the analysis worker has read it. */
export interface PastedImport {
  /** undefined while the worker reads the text, or when nothing is pasted. */
  imported?: ImportedText | undefined;
  /** Why the worker could not read it (an engine bug, said rather than hidden). */
  failed?: string | undefined;
  reading: boolean;
}

interface Answer {
  text: string;
  imported?: ImportedText;
  failed?: string;
}

/**
 * Reads the pasted text in the analysis worker (a pasted 4 MB account output would hold the page
 * for a quarter of a second and more), a newer paste or keystroke replacing a read under way.
 */
export function usePastedImport(pasted: string): PastedImport {
  const [answer, setAnswer] = useState<Answer>();
  useEffect(() => {
    if (pasted.trim() === '') return;
    let current = true;
    analysisClient.run('readImport', { text: pasted }, { lane: 'import-paste' }).then(
      (read) => {
        if (current && read) setAnswer({ text: pasted, imported: read.imported });
      },
      (error: Error) => {
        if (current) setAnswer({ text: pasted, failed: error.message });
      },
    );
    return () => {
      current = false;
    };
  }, [pasted]);
  const answered = answer?.text === pasted ? answer : undefined;
  return {
    imported: answered?.imported,
    failed: answered?.failed,
    reading: pasted.trim() !== '' && !answered,
  };
}
