/** What the library page needs from the background; the options entrypoint wires it to messages. */
import type { ArticleInput } from '../engine/types';
import type { BackgroundRequests, ImportItem, Result } from '../messaging/protocol';
import type { ReadingSettingsApi } from './ReadingSettingsForm';

type Res<T extends keyof BackgroundRequests> = Promise<Result<BackgroundRequests[T]['res']>>;

/** The library operations, each answering a Result (errors are values to show, not throws). */
export interface LibraryApi {
  list(): Res<'library.list'>;
  add(article: ArticleInput): Res<'library.add'>;
  addMany(articles: ArticleInput[]): Res<'library.addMany'>;
  remove(ids: string[]): Res<'library.delete'>;
  exportLibrary(): Res<'library.export'>;
  /** Background jobs (imports and large deletes run there, whether or not this page stays open). */
  importBegin(total: number): Res<'library.import.begin'>;
  importItems(job: string, items: ImportItem[]): Res<'library.import.items'>;
  importStart(job: string): Res<'library.import.start'>;
  deleteBegin(ids?: string[]): Res<'library.delete.begin'>;
  cancelJob(job: string): Res<'library.job.cancel'>;
  jobs(): Res<'library.jobs'>;
  /** "Grow the library as you read" settings; absent where there are none (older test doubles). */
  reading?: ReadingSettingsApi;
}
