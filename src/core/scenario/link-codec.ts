import { strFromU8, strToU8, zlibSync } from 'fflate';
import { checkedInflate } from './checked-inflate.ts';
import type { Scenario } from './model.ts';
import { readScenario } from './read.ts';
import { writeScenario } from './write.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';

/** The part of the URL fragment after `s=`: `1.` then the scenario, zlib-compressed, base64url. */
export const LINK_VERSION = '1';
/** Longer fragments are refused before decoding; browsers and chat tools cut far shorter URLs. */
export const MAX_LINK_CHARACTERS = 1_000_000;
/** A link may not inflate to more than this (a small link could otherwise expand enormously). */
export const MAX_SCENARIO_BYTES = 8 * 1024 * 1024;

export interface SharedWorkspace {
  scenario: Scenario;
  /** The request selected when the link was made (its id, or its index as a string). */
  selectedRequest?: string;
}

export type DecodedLink = { ok: true; workspace: SharedWorkspace } | { ok: false; message: string };

const DAMAGED = 'The link is damaged: it was cut short or changed after it was made';

export function encodeShareLink(workspace: SharedWorkspace): string {
  const extra =
    workspace.selectedRequest === undefined ? {} : { selectedRequest: workspace.selectedRequest };
  const bytes = zlibSync(strToU8(writeScenario(workspace.scenario, extra)), { level: 9 });
  return `${LINK_VERSION}.${toBase64Url(bytes)}`;
}

function selectedRequestOf(text: string): string | undefined {
  const value = (JSON.parse(text) as { selectedRequest?: unknown }).selectedRequest;
  return typeof value === 'string' ? value : undefined;
}

/** Reads a link's payload; never throws, and says what is wrong in words a user can act on. */
export function decodeShareLink(payload: string): DecodedLink {
  if (payload.length > MAX_LINK_CHARACTERS) {
    return { ok: false, message: 'The link is too large to open' };
  }
  const dot = payload.indexOf('.');
  const version = dot < 0 ? '' : payload.slice(0, dot);
  if (version !== LINK_VERSION) {
    return /^\d+$/.test(version)
      ? {
          ok: false,
          message: `The link was made by a newer version of IAM Policy Studio (link format ${version}); reload the page to update`,
        }
      : { ok: false, message: DAMAGED };
  }
  const bytes = fromBase64Url(payload.slice(dot + 1));
  if (!bytes) return { ok: false, message: DAMAGED };
  const inflated = checkedInflate(bytes, MAX_SCENARIO_BYTES);
  if (inflated === 'too-large') return { ok: false, message: 'The link is too large to open' };
  if (inflated === 'damaged') return { ok: false, message: DAMAGED };
  const text = strFromU8(inflated);
  const read = readScenario(text);
  if (!read.ok) {
    const first = read.errors[0];
    return {
      ok: false,
      message: `The link does not hold a valid scenario: ${first?.message ?? 'unreadable'}`,
    };
  }
  const selectedRequest = selectedRequestOf(text);
  return {
    ok: true,
    workspace:
      selectedRequest === undefined
        ? { scenario: read.scenario }
        : { scenario: read.scenario, selectedRequest },
  };
}
