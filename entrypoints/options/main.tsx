/** The library page: LibraryPage wired to the background through messages. */
import { render } from 'preact';
import { askBackground } from '../../src/messaging/client';
import { LibraryPage } from '../../src/ui/LibraryPage';
import type { LibraryApi } from '../../src/ui/library-api';
import '../../src/ui/library.css';

const api: LibraryApi = {
  list: () => askBackground('library.list', {}),
  add: (article) => askBackground('library.add', { article }),
  addMany: (articles) => askBackground('library.addMany', { articles }),
  remove: (ids) => askBackground('library.delete', { ids }),
  exportLibrary: () => askBackground('library.export', {}),
  importBegin: (total) => askBackground('library.import.begin', { total }),
  importItems: (job, items) => askBackground('library.import.items', { job, items }),
  importStart: (job) => askBackground('library.import.start', { job }),
  deleteBegin: (ids) => askBackground('library.delete.begin', ids ? { ids } : {}),
  cancelJob: (job) => askBackground('library.job.cancel', { job }),
  jobs: () => askBackground('library.jobs', {}),
  reading: {
    get: () => askBackground('reading.settings.get', {}),
    set: (change) => askBackground('reading.settings.set', change),
  },
};

render(<LibraryPage api={api} />, document.getElementById('app')!);
