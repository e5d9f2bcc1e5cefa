import type { LibraryDb } from './db';

/** Host names as stored: case and a trailing dot do not make a different site. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Sites where the reader paused ClaimLens. Only paused hosts are stored. */
export class SitesRepo {
  constructor(private readonly db: LibraryDb) {}

  /** Whether ClaimLens is paused on `host`. */
  async isPaused(host: string): Promise<boolean> {
    const row = await this.db.get('sites', normalizeHost(host));
    return row?.paused === true;
  }

  /** Pause or resume `host`; returns the new state. */
  async setPaused(host: string, paused: boolean): Promise<boolean> {
    const key = normalizeHost(host);
    if (paused) await this.db.put('sites', { host: key, paused: true });
    else await this.db.delete('sites', key);
    return paused;
  }

  /** Every paused host, sorted. */
  async pausedHosts(): Promise<string[]> {
    const rows = await this.db.getAll('sites');
    return rows.filter((r) => r.paused).map((r) => r.host).sort();
  }
}
