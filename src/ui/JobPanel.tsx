/** A library job's progress (done / total, time left, Cancel) and, once it ends, its summary. */
import type { LibraryJob } from '../messaging/protocol';
import { describePosition, type FileSpan } from './ImportPanel';
import { plural } from './format';

const VERB: Record<LibraryJob['kind'], string> = { import: 'Importing', delete: 'Deleting', reanalyze: 'Re-analysing with the new engine' };

function timeLeft(s: number | undefined): string {
  if (s === undefined) return '';
  if (s < 60) return ` · about ${Math.max(1, s)} s left`;
  return ` · about ${Math.round(s / 60)} min left`;
}

/** The running job with a progress bar and Cancel. */
export function JobProgress({ job, onCancel }: { job: LibraryJob; onCancel: () => void }) {
  const receiving = job.state === 'receiving';
  return (
    <div class="lib-job" role="status" aria-label="Library operation in progress">
      <progress max={job.total} value={job.done} aria-label={`${VERB[job.kind]} progress`} />
      <span class="lib-job-text">
        {receiving ? 'Receiving the articles…' : `${VERB[job.kind]}: ${job.done} of ${job.total}`}
        {timeLeft(job.secondsLeft)}
        {job.kind === 'import' && job.added > 0 && ` · ${plural(job.added, 'article')} added`}
      </span>
      {job.kind !== 'reanalyze' && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

/** What a finished job did: what is stored now, and each skipped article by name and position. */
export function JobSummary({ job, files = [] }: { job: LibraryJob; files?: FileSpan[] }) {
  const cancelled = job.state === 'cancelled';
  if (job.kind === 'delete') {
    return (
      <div class="lib-summary" role="status">
        <p>
          Deleted {plural(job.added, 'article')}
          {cancelled ? ` before you cancelled; ${job.total - job.done} left in your library` : ''}.
        </p>
      </div>
    );
  }
  if (job.kind === 'reanalyze') {
    return (
      <div class="lib-summary" role="status">
        <p>Re-analysed {plural(job.added, 'article')} with the new engine.</p>
      </div>
    );
  }
  const notReached = job.total - job.done;
  return (
    <div class="lib-summary" role="status">
      <p>
        Added {plural(job.added, 'article')}, skipped {job.done - job.added}
        {cancelled ? `; cancelled with ${notReached} not imported (what was added stays)` : ''}.
      </p>
      {job.skipped.length > 0 && (
        <ul>
          {job.skipped.map((s, i) => {
            const where = describePosition(s.position, files);
            return (
              <li key={i} data-position={s.position}>
                {where ? `${where[0].toUpperCase()}${where.slice(1)}, ` : ''}“{s.title}”: {s.reason}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
