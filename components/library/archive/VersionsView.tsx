/**
 * Changed transcripts: those kept in more than one version, and a version picker that shows any
 * two of them side by side, section by section, with the word diff of each edited section
 * (removed words in <del> on the older side, added ones in <ins> on the newer).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { diffTranscripts, sectionBody, type DiffPart, type SectionChange } from '../../../lib/archive/diff';
import { formatDate, formatDay } from '../../../lib/format/date';
import type { ArchiveSource } from '../../../lib/library/archive-data';
import type { TranscriptVersionRecord } from '../../../lib/store/schema';
import type { ArchiveStrings } from '../archive-strings';
import { Part } from '../Part';

interface Props {
  strings: ArchiveStrings;
  source: ArchiveSource;
  changedKeys: readonly string[];
  /** The newest versions (titles of the changed transcripts). */
  list: readonly TranscriptVersionRecord[] | null;
  generation: number;
}

export function VersionsView({ strings: s, source, changedKeys, list, generation }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const titleOf = (key: string) => {
    const t = list?.find((x) => x.key === key);
    return [t?.header.title ?? s.untitledTranscript, formatDate(t?.header.date, s.lang)].filter(Boolean).join(' — ');
  };
  return (
    <Part id="bl-ar-changed-h" class="bl-ar-part" heading={s.changedHeading}>
      {changedKeys.length === 0 ? (
        <p class="bl-meta">{s.noChanged}</p>
      ) : (
        <ul class="bl-plain-list bl-ar-changed">
          {changedKeys.map((key) => (
            <li key={key}>
              <span class="bl-ar-changed-title">{titleOf(key)}</span>{' '}
              <button
                type="button"
                class="bl-link-button"
                aria-expanded={open === key}
                aria-label={`${s.compare}: ${titleOf(key)}`}
                onClick={() => setOpen(open === key ? null : key)}
              >
                {s.compare}
              </button>
              {open === key && <VersionPicker strings={s} source={source} archiveKey={key} generation={generation} />}
            </li>
          ))}
        </ul>
      )}
    </Part>
  );
}

function VersionPicker({
  strings: s,
  source,
  archiveKey,
  generation,
}: {
  strings: ArchiveStrings;
  source: ArchiveSource;
  archiveKey: string;
  generation: number;
}) {
  const [versions, setVersions] = useState<TranscriptVersionRecord[] | null>(null);
  const [older, setOlder] = useState(0);
  const [newer, setNewer] = useState(0);
  useEffect(() => {
    let live = true;
    source.versions(archiveKey).then((vs) => {
      if (!live) return;
      setVersions(vs);
      setOlder(vs.length >= 2 ? vs[vs.length - 2]!.version : (vs[0]?.version ?? 0));
      setNewer(vs[vs.length - 1]?.version ?? 0);
    });
    return () => {
      live = false;
    };
  }, [source, archiveKey, generation]);
  const a = versions?.find((v) => v.version === older);
  const b = versions?.find((v) => v.version === newer);
  const diff = useMemo(() => (a && b ? diffTranscripts(a, b) : null), [a, b]);
  if (!versions) return null;
  const label = (v: TranscriptVersionRecord) => s.versionLabel(v.version, formatDay(v.keptAt, s.lang) ?? '');
  const picker = (id: string, text: string, value: number, set: (v: number) => void) => (
    <div class="bl-field">
      <label for={id}>{text}</label>
      <select id={id} value={String(value)} onChange={(e) => set(Number(e.currentTarget.value))}>
        {versions.map((v) => (
          <option key={v.version} value={String(v.version)}>
            {label(v)}
          </option>
        ))}
      </select>
    </div>
  );
  const idBase = `bl-ar-v-${archiveKey.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div class="bl-ar-versions">
      <div class="bl-row">
        {picker(`${idBase}-a`, s.older, older, setOlder)}
        {picker(`${idBase}-b`, s.newer, newer, setNewer)}
      </div>
      {diff && (
        <>
          <p role="status" class="bl-status">
            {diff.counts.edited + diff.counts.added + diff.counts.removed === 0 ? s.sameText : s.diffCounts(diff.counts)}
          </p>
          <table class="bl-ar-diff">
            <thead>
              <tr>
                <th scope="col">{a ? label(a) : s.older}</th>
                <th scope="col">{b ? label(b) : s.newer}</th>
              </tr>
            </thead>
            <tbody>
              {diff.sections
                .filter((c) => c.status !== 'same')
                .map((c, i) => (
                  <DiffRow key={i} strings={s} change={c} />
                ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function Side({ parts, side }: { parts: readonly DiffPart[]; side: 'before' | 'after' }) {
  const skip = side === 'before' ? 'added' : 'removed';
  return (
    <div class="bl-ar-diff-text">
      {parts
        .filter((p) => p.change !== skip)
        .map((p, i) =>
          p.change === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : p.change === 'added' ? (
            <ins key={i}>{p.text}</ins>
          ) : (
            <del key={i}>{p.text}</del>
          ),
        )}
    </div>
  );
}

const whole = (text: string, change: DiffPart['change']): DiffPart[] => [{ change, text }];

function DiffRow({ strings: s, change: c }: { strings: ArchiveStrings; change: SectionChange }) {
  const status = c.status === 'added' ? s.added : c.status === 'removed' ? s.removed : s.edited;
  return (
    <tr class={`bl-ar-diff-${c.status}`}>
      <td>
        <span class="bl-meta">{status}</span>
        {c.status === 'edited' && <Side parts={c.parts} side="before" />}
        {c.status === 'removed' && <Side parts={whole(sectionBody(c.before), 'removed')} side="before" />}
      </td>
      <td>
        <span class="bl-meta">{status}</span>
        {c.status === 'edited' && <Side parts={c.parts} side="after" />}
        {c.status === 'added' && <Side parts={whole(sectionBody(c.after), 'added')} side="after" />}
      </td>
    </tr>
  );
}
