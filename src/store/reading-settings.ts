/**
 * The reader's "grow the library as you read" settings, kept in the meta store (one row, so a
 * schema change is not needed), and the addresses whose auto-add the reader undid.
 */
import type { ReadingSettings } from '../messaging/protocol';
import type { LibraryDb } from './db';
import { normalizeHost } from './sites-repo';

/** Off by default; 20,000 articles; no site of the reader's own yet (the built-in rules always apply). */
export const DEFAULT_READING: ReadingSettings = { autoAdd: false, maxArticles: 20_000, neverSites: [] };

/** Undone addresses kept (the oldest are forgotten first). */
const UNDONE_KEPT = 2000;

function isSettings(v: unknown): v is ReadingSettings {
  return !!v && typeof v === 'object' && 'autoAdd' in v && 'maxArticles' in v && 'neverSites' in v;
}

/** Read and change the reading settings. */
export class ReadingSettingsRepo {
  constructor(private readonly db: LibraryDb) {}

  /** The settings (defaults where unset). */
  async get(): Promise<ReadingSettings> {
    const row = await this.db.get('meta', 'reading');
    return isSettings(row?.value) ? { ...DEFAULT_READING, ...row.value } : { ...DEFAULT_READING };
  }

  /** Change some settings; returns all of them. Site names are stored normalised, once each. */
  async set(change: Partial<ReadingSettings>): Promise<ReadingSettings> {
    const tx = this.db.transaction('meta', 'readwrite');
    const row = await tx.store.get('reading');
    const current = isSettings(row?.value) ? { ...DEFAULT_READING, ...row.value } : { ...DEFAULT_READING };
    const next: ReadingSettings = { ...current, ...change };
    next.neverSites = [...new Set(next.neverSites.map((s) => normalizeHost(s).replace(/^\*\./, '')).filter(Boolean))].sort();
    await tx.store.put({ key: 'reading', value: next });
    await tx.done;
    return next;
  }

  /** Whether the reader undid the auto-add of this address (URL key). */
  async wasUndone(urlKey: string): Promise<boolean> {
    return (await this.undone()).includes(urlKey);
  }

  /** Remember that the reader undid the auto-add of this address. */
  async rememberUndone(urlKey: string): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    const row = await tx.store.get('readingUndone');
    const list = Array.isArray(row?.value) ? row.value.filter((k) => k !== urlKey) : [];
    list.push(urlKey);
    await tx.store.put({ key: 'readingUndone', value: list.slice(-UNDONE_KEPT) });
    await tx.done;
  }

  private async undone(): Promise<string[]> {
    const row = await this.db.get('meta', 'readingUndone');
    return Array.isArray(row?.value) ? row.value : [];
  }
}
