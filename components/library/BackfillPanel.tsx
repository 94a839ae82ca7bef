/**
 * A backfill's progress in the library: a progress bar, "N of M", Pause / Resume / Cancel, and
 * why it stopped. Shows the controller's snapshot and forwards the buttons; the job's logic is in
 * lib/library/backfill-runner.ts. Nothing is shown when there is no job.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BackfillController, JobView } from '../../lib/library/backfill-runner';
import type { BackfillStrings } from './backfill-strings';
import { Part } from './Part';

export interface BackfillPanelProps {
  strings: BackfillStrings;
  controller: Pick<BackfillController, 'view' | 'subscribe' | 'pause' | 'resume' | 'cancel' | 'dismiss'>;
}

function useJobView(controller: BackfillPanelProps['controller']): JobView {
  const [view, setView] = useState(controller.view);
  useEffect(() => {
    setView(controller.view());
    return controller.subscribe(() => setView(controller.view()));
  }, [controller]);
  return view;
}

export function BackfillPanel({ strings: s, controller }: BackfillPanelProps) {
  const { job, elsewhere } = useJobView(controller);
  if (!job) return null;
  const total = job.urls.length;
  const open = job.status !== 'done' && job.status !== 'cancelled';
  const counted = job.kept + job.unchanged + job.notTranscript > 0;
  const status =
    job.status === 'stopped' && job.stop
      ? s.stopped(job.stop)
      : job.status === 'stopped'
        ? (job.message ?? '')
        : job.status === 'paused'
          ? s.paused
          : job.status === 'cancelled'
            ? s.cancelled
            : job.status === 'done'
              ? s.summary(job.kept, job.unchanged, job.notTranscript)
              : job.status === 'queued'
                ? s.queued
                : s.running;
  return (
    <Part id="bl-backfill-heading" class="bl-backfill" heading={s.heading} headingClass="bl-backfill-heading">
      <div class="bl-backfill-bar">
        <div
          role="progressbar"
          aria-label={s.progressLabel}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={job.next}
          aria-valuetext={s.progress(job.next, total)}
          class="bl-backfill-track"
        >
          <div class="bl-backfill-fill" style={{ width: `${total ? (100 * job.next) / total : 0}%` }} />
        </div>
        <span class="bl-backfill-count">{s.progress(job.next, total)}</span>
      </div>
      <p
        role={job.status === 'stopped' ? 'alert' : 'status'}
        class={job.status === 'stopped' ? 'bl-backfill-status bl-error' : 'bl-backfill-status'}
      >
        {status}
        {job.status !== 'done' && counted && open ? ` ${s.summary(job.kept, job.unchanged, job.notTranscript)}` : ''}
      </p>
      {elsewhere && open && <p class="bl-meta">{s.elsewhere}</p>}
      <div class="bl-backfill-actions">
        {open && job.status === 'running' && (
          <button type="button" class="bl-button-secondary" onClick={() => controller.pause()} disabled={elsewhere}>
            {s.pause}
          </button>
        )}
        {open && job.status !== 'running' && job.status !== 'queued' && (
          <button type="button" class="bl-button" onClick={() => controller.resume()} disabled={elsewhere}>
            {s.resume}
          </button>
        )}
        {open && (
          <button type="button" class="bl-button-secondary" onClick={() => controller.cancel()} disabled={elsewhere}>
            {s.cancel}
          </button>
        )}
        {!open && (
          <button type="button" class="bl-button-secondary" onClick={() => controller.dismiss()}>
            {s.dismiss}
          </button>
        )}
      </div>
    </Part>
  );
}
