/** The Import part of "Export and import": choose a file, see what it would change, apply or cancel. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApplyResult, LibraryBackend, Preview } from '../../lib/library/apply';
import { MAX_IMPORT_CHARS, planWrites, type ImportPlan } from '../../lib/library/w3c';
import type { LibraryStrings } from './strings';
import { Part } from './Part';

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n)}…` : s);

type ImportState =
  | { phase: 'idle'; message: string }
  | { phase: 'reading' }
  /** `detail`: the technical text (parser message, field path), shown folded under the plain words. */
  | { phase: 'error'; message: string; detail?: string }
  | { phase: 'preview'; name: string; plan: ImportPlan }
  | { phase: 'applying'; name: string; plan: ImportPlan };

const MAX_REJECTED_SHOWN = 200;

export function ImportView({
  strings: s,
  backend,
  busy,
  onImported,
}: {
  strings: LibraryStrings;
  backend: LibraryBackend;
  busy: { current: boolean };
  onImported: () => void;
}) {
  const [state, setState] = useState<ImportState>({ phase: 'idle', message: '' });
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    busy.current = state.phase === 'reading' || state.phase === 'applying';
    if (state.phase === 'preview') previewHeading.current?.focus();
  }, [state]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // UTF-8 takes at most 4 bytes a character: a larger file is over the limit for sure; do not read it.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setState({ phase: 'error', message: s.importErrors['too-big'](`${(file.size / 1024 / 1024).toFixed(1)} MB`) });
      return;
    }
    setState({ phase: 'reading' });
    let preview: Preview;
    try {
      preview = await backend.preview(await file.text());
    } catch (e) {
      setState({ phase: 'error', message: s.applyFailed(e instanceof Error ? e.message : String(e)) });
      return;
    }
    if (!preview.ok)
      setState({ phase: 'error', message: s.importErrors[preview.error.code](preview.error.detail), detail: preview.error.message });
    else setState({ phase: 'preview', name: file.name, plan: preview.plan });
  };

  const reset = (message: string) => {
    if (fileInput.current) fileInput.current.value = '';
    setState({ phase: 'idle', message });
  };

  const apply = async (name: string, plan: ImportPlan) => {
    setState({ phase: 'applying', name, plan });
    let r: ApplyResult;
    try {
      r = await backend.apply(plan);
    } catch (e) {
      setState({ phase: 'error', message: s.applyFailed(e instanceof Error ? e.message : String(e)) });
      return;
    }
    reset(s.applied(r.highlightsWritten, r.briefingsWritten));
    onImported();
  };

  return (
    <Part id="bl-import-h" class="bl-transfer" heading={s.importHeading}>
      <div class="bl-field bl-field-wide">
        <label for="bl-import-file">{s.importLabel}</label>
        <input
          id="bl-import-file"
          ref={fileInput}
          type="file"
          accept="application/json,application/ld+json,.json,.jsonld"
          aria-describedby="bl-import-help"
          disabled={state.phase === 'reading' || state.phase === 'applying'}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <span id="bl-import-help" class="bl-help">
          {s.importHelp}
        </span>
      </div>
      {(state.phase === 'reading' || state.phase === 'idle') && (
        <p role="status" class="bl-status">
          {state.phase === 'reading' ? s.importReading : state.message}
        </p>
      )}
      {state.phase === 'error' && (
        <div role="alert" class="bl-error">
          <p>{state.message}</p>
          {state.detail && (
            <details class="bl-details">
              <summary>{s.technicalDetails}</summary>
              {state.detail}
            </details>
          )}
        </div>
      )}
      {(state.phase === 'preview' || state.phase === 'applying') && (
        <ImportPreview
          strings={s}
          name={state.name}
          plan={state.plan}
          applying={state.phase === 'applying'}
          headingRef={previewHeading}
          onApply={() => void apply(state.name, state.plan)}
          onCancel={() => reset(s.cancelled)}
        />
      )}
    </Part>
  );
}

function ImportPreview({
  strings: s,
  name,
  plan,
  applying,
  headingRef,
  onApply,
  onCancel,
}: {
  strings: LibraryStrings;
  name: string;
  plan: ImportPlan;
  applying: boolean;
  headingRef: { current: HTMLHeadingElement | null };
  onApply: () => void;
  onCancel: () => void;
}) {
  const writes = planWrites(plan);
  const rejectedH = plan.rejected.filter((r) => r.kind === 'annotation').length;
  const rejectedB = plan.rejected.length - rejectedH;
  const row = (label: string, b: ImportPlan['highlights'] | ImportPlan['briefings'], rejected: number) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{b.new.length}</td>
      <td>{b.updated.length}</td>
      <td>{b.unchanged.length}</td>
      <td>{b.older.length}</td>
      <td>{rejected}</td>
    </tr>
  );
  return (
    <div class="bl-preview" aria-labelledby="bl-preview-h" role="region">
      <h3 id="bl-preview-h" class="bl-h3" tabIndex={-1} ref={headingRef}>
        {s.previewHeading(name)}
      </h3>
      <p>{s.previewAnnotations(plan.annotationCount)}</p>
      <table class="bl-preview-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{s.bucketNew}</th>
            <th scope="col">{s.bucketUpdated}</th>
            <th scope="col">{s.bucketUnchanged}</th>
            <th scope="col">{s.bucketOlder}</th>
            <th scope="col">{s.bucketRejected}</th>
          </tr>
        </thead>
        <tbody>
          {row(s.highlightsLabel, plan.highlights, rejectedH)}
          {row(s.briefingsLabel, plan.briefings, rejectedB)}
        </tbody>
      </table>
      {plan.rejected.length > 0 && (
        <>
          <h4 class="bl-h4">{s.rejectedHeading(plan.rejected.length)}</h4>
          <ul class="bl-rejected">
            {plan.rejected.slice(0, MAX_REJECTED_SHOWN).map((r) => (
              <li key={`${r.kind}:${r.index}`}>
                <strong>{s.rejectedItem(r.kind, r.index)}</strong>
                {r.id ? ` (${short(r.id, 80)})` : ''}: {s.rejectReasons[r.code](r.detail)}
              </li>
            ))}
          </ul>
          {plan.rejected.length > MAX_REJECTED_SHOWN && <p class="bl-meta">{s.rejectedMore(plan.rejected.length - MAX_REJECTED_SHOWN)}</p>}
        </>
      )}
      {writes === 0 && <p class="bl-meta">{s.nothingToApply}</p>}
      <div class="bl-row">
        <button type="button" class="bl-button" disabled={writes === 0 || applying} onClick={onApply}>
          {applying ? s.applying : s.applyImport(writes)}
        </button>
        <button type="button" class="bl-button-secondary" disabled={applying} onClick={onCancel}>
          {s.cancelImport}
        </button>
      </div>
    </div>
  );
}
