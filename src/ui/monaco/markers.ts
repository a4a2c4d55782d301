import { monaco } from './monaco.ts';

export type MarkerSeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface MarkerSummary {
  owner: string;
  /** The finding's code, for markers from src/core. */
  code?: string;
  message: string;
  severity: MarkerSeverityName;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

function severityName(severity: monaco.MarkerSeverity): MarkerSeverityName {
  switch (severity) {
    case monaco.MarkerSeverity.Error:
      return 'error';
    case monaco.MarkerSeverity.Warning:
      return 'warning';
    case monaco.MarkerSeverity.Info:
      return 'info';
    default:
      return 'hint';
  }
}

export function readMarkers(uri: monaco.Uri): MarkerSummary[] {
  return monaco.editor.getModelMarkers({ resource: uri }).map((m) => ({
    owner: m.owner,
    ...(typeof m.code === 'string' && { code: m.code }),
    message: m.message,
    severity: severityName(m.severity),
    startLineNumber: m.startLineNumber,
    startColumn: m.startColumn,
    endLineNumber: m.endLineNumber,
    endColumn: m.endColumn,
  }));
}

/** Calls back with the markers of one model whenever they change; returns the dispose function. */
export function watchMarkers(uri: monaco.Uri, onChange: (markers: MarkerSummary[]) => void) {
  onChange(readMarkers(uri));
  const subscription = monaco.editor.onDidChangeMarkers((uris) => {
    if (uris.some((changed) => changed.toString() === uri.toString())) onChange(readMarkers(uri));
  });
  return () => subscription.dispose();
}
