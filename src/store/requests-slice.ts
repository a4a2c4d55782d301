import type { MatrixSettings } from '../analysis/simulation.ts';
import { type ScenarioRequest, type Span } from '../core/index.ts';
import type { SliceSet } from './slice.ts';

export type SimulatorView = 'requests' | 'matrix' | 'coverage';

/** What statement coverage counts: the request table, the matrix, the replayed CloudTrail calls. */
export interface CoverageSources {
  requests: boolean;
  matrix: boolean;
  cloudTrail: boolean;
}

/** A statement a view asked the editor to select and scroll to, once. */
export interface RevealedStatement {
  policyId: string;
  span: Span;
}

/** The policy element an explanation line points at while the pointer is over it. */
export interface HoveredElement {
  policyId: string;
  span: Span;
}

export interface RequestsState {
  requests: ScenarioRequest[];
  /** Index into `requests`; null when none is selected. */
  selectedRequest: number | null;
  simulatorView: SimulatorView;
  matrix: MatrixSettings;
  hoveredElement: HoveredElement | null;
  coverageSources: CoverageSources;
  revealedStatement: RevealedStatement | null;
}

export interface RequestsActions {
  /** Appends a request (a default one when none is given) and selects it. */
  addRequest(request?: ScenarioRequest): void;
  updateRequest(index: number, request: ScenarioRequest): void;
  duplicateRequest(index: number): void;
  deleteRequest(index: number): void;
  /** Moves a request up (-1) or down (+1); the selection follows it. */
  moveRequest(index: number, offset: -1 | 1): void;
  selectRequest(index: number | null): void;
  setSimulatorView(view: SimulatorView): void;
  setMatrix(settings: Partial<MatrixSettings>): void;
  setHoveredElement(element: HoveredElement | null): void;
  setCoverageSources(sources: Partial<CoverageSources>): void;
  revealStatement(statement: RevealedStatement): void;
}

export const DEFAULT_PRINCIPAL = 'arn:aws:iam::111122223333:user/alice';

export function defaultRequest(): ScenarioRequest {
  return {
    principal: DEFAULT_PRINCIPAL,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::example-bucket/report.csv',
  };
}

/** The first `rN` id no request uses. */
function freshId(requests: readonly ScenarioRequest[]): string {
  const used = new Set(requests.map((request) => request.id));
  let n = requests.length + 1;
  while (used.has(`r${n}`)) n += 1;
  return `r${n}`;
}

export function createRequestsSlice(set: SliceSet<RequestsState>) {
  const state: RequestsState = {
    requests: [],
    selectedRequest: null,
    simulatorView: 'requests',
    matrix: {
      principal: DEFAULT_PRINCIPAL,
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: ['arn:aws:s3:::example-bucket/*'],
      context: {},
    },
    hoveredElement: null,
    // The matrix's default actions are an example, not the user's requests: counted when asked.
    coverageSources: { requests: true, matrix: false, cloudTrail: true },
    revealedStatement: null,
  };
  const actions: RequestsActions = {
    addRequest: (request) =>
      set((s) => {
        const added = { ...(request ?? defaultRequest()), id: freshId(s.requests) };
        return { requests: [...s.requests, added], selectedRequest: s.requests.length };
      }),
    updateRequest: (index, request) =>
      set((s) =>
        index in s.requests
          ? { requests: s.requests.map((r, i) => (i === index ? request : r)) }
          : {},
      ),
    duplicateRequest: (index) =>
      set((s) => {
        const original = s.requests[index];
        if (!original) return {};
        const copy = { ...original, id: freshId(s.requests) };
        const requests = [...s.requests];
        requests.splice(index + 1, 0, copy);
        return { requests, selectedRequest: index + 1 };
      }),
    deleteRequest: (index) =>
      set((s) => {
        if (!(index in s.requests)) return {};
        const requests = s.requests.filter((_, i) => i !== index);
        const selected = s.selectedRequest;
        const selectedRequest =
          selected === null || requests.length === 0
            ? null
            : selected > index || selected === requests.length
              ? selected - 1
              : selected;
        return { requests, selectedRequest };
      }),
    moveRequest: (index, offset) =>
      set((s) => {
        const target = index + offset;
        const moved = s.requests[index];
        const other = s.requests[target];
        if (!moved || !other) return {};
        const requests = [...s.requests];
        requests[target] = moved;
        requests[index] = other;
        const selected = s.selectedRequest;
        const selectedRequest =
          selected === index ? target : selected === target ? index : selected;
        return { requests, selectedRequest };
      }),
    selectRequest: (index) =>
      set((s) => (index === null || index in s.requests ? { selectedRequest: index } : {})),
    setSimulatorView: (view) => set(() => ({ simulatorView: view })),
    setMatrix: (settings) => set((s) => ({ matrix: { ...s.matrix, ...settings } })),
    setHoveredElement: (element) => set(() => ({ hoveredElement: element })),
    setCoverageSources: (sources) =>
      set((s) => ({ coverageSources: { ...s.coverageSources, ...sources } })),
    revealStatement: (statement) => set(() => ({ revealedStatement: { ...statement } })),
  };
  return { state, actions };
}
