/**
 * Reads Chromium's net log (--log-net-log). Unlike Playwright's request events it covers the whole
 * browser run, including the extension's first start (seed install) before any test code attached.
 */
import { readFileSync } from 'node:fs';
import { isLocal } from './traffic';

/** One request job from the log: its URL and the origin that started it. */
export interface NetLogRequest {
  url: string;
  /** An origin ("chrome-extension://…", "http://127.0.0.1:…") or "not an origin" (the browser itself). */
  initiator: string;
}

interface NetLogFile {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
}

/** Parse a net log; a log cut short by a crash lacks its closing brackets, so add them. */
function parse(text: string): NetLogFile {
  try {
    return JSON.parse(text) as NetLogFile;
  } catch {
    return JSON.parse(text.replace(/,?\s*$/, '') + ']}') as NetLogFile;
  }
}

/** Every URL request job the browser started, in order. */
export function netLogRequests(file: string): NetLogRequest[] {
  const log = parse(readFileSync(file, 'utf8'));
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === startJob && e.params?.url)
    .map((e) => ({ url: e.params?.url ?? '', initiator: e.params?.initiator ?? '' }));
}

/** Offsite requests started by the extension or by a page it runs in (not by the browser's own services). */
export function offsiteFromUs(requests: NetLogRequest[], extensionId: string): NetLogRequest[] {
  return requests.filter(
    (r) => !isLocal(r.url) && (r.initiator.startsWith(`chrome-extension://${extensionId}`) || isLocal(r.initiator)),
  );
}
