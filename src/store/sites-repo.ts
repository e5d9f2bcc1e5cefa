import type { LibraryDb } from './db';
import type { SiteRow } from './schema';

/** Host names as stored: case and a trailing dot do not make a different site. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * Per-site settings: paused, and the site's own auto-add switch. A row is kept only while one of
 * them differs from the default, so the store lists exactly the sites the reader set.
 */
export class SitesRepo {
  constructor(private readonly db: LibraryDb) {}

  /** The site's row, or the defaults. */
  async get(host: string): Promise<SiteRow> {
    const key = normalizeHost(host);
    return (await this.db.get('sites', key)) ?? { host: key, paused: false };
  }

  /** Whether ClaimLens is paused on `host`. */
  async isPaused(host: string): Promise<boolean> {
    return (await this.get(host)).paused === true;
  }

  /** Pause or resume `host`; returns the new state. */
  async setPaused(host: string, paused: boolean): Promise<boolean> {
    await this.update(host, (row) => ({ ...row, paused }));
    return paused;
  }

  /** Set the site's own auto-add switch (null: follow the library-wide setting). */
  async setAutoAdd(host: string, on: boolean | null): Promise<SiteRow> {
    return this.update(host, (row) => {
      const { autoAdd: _old, ...rest } = row;
      return on === null ? rest : { ...rest, autoAdd: on };
    });
  }

  /** Every paused host, sorted. */
  async pausedHosts(): Promise<string[]> {
    const rows = await this.db.getAll('sites');
    return rows.filter((r) => r.paused).map((r) => r.host).sort();
  }

  private async update(host: string, change: (row: SiteRow) => SiteRow): Promise<SiteRow> {
    const key = normalizeHost(host);
    const tx = this.db.transaction('sites', 'readwrite');
    const next = change((await tx.store.get(key)) ?? { host: key, paused: false });
    if (next.paused || next.autoAdd !== undefined) await tx.store.put({ ...next, host: key });
    else await tx.store.delete(key);
    await tx.done;
    return next;
  }
}
