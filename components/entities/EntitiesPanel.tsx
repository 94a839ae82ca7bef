/**
 * The entities view: a master switch and per-type toggles (remembered) with their colours, and
 * the entity index — grouped by type, sorted by mentions. Choosing an entity walks through its
 * mentions on the page and narrows the table of contents to the sections that mention it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ENTITY_COLORS, ENTITY_TYPES } from '../../lib/page/entity-layer';
import type { EntityIndex } from '../../lib/sidebar/entity-index';
import type { SidebarServices } from '../../lib/sidebar/services';
import type { SettingsStore, SidebarSettings } from '../../lib/page/settings';
import type { Strings } from '../i18n';

export interface SectionFilter {
  key: string;
  label: string;
  sections: number[];
}

export interface EntitiesPanelProps {
  services: SidebarServices;
  strings: Strings;
  initial: SidebarSettings;
  settings: SettingsStore;
  onFilter: (f: SectionFilter) => void;
}

const MAX_PER_TYPE = 200;

export function EntitiesPanel({ services, strings, initial, settings, onFilter }: EntitiesPanelProps) {
  const [on, setOn] = useState(initial.entitiesOn);
  const [types, setTypes] = useState(initial.entityTypes);
  const [index, setIndex] = useState<EntityIndex | null>(null);
  const [status, setStatus] = useState('');
  const step = useRef(new Map<string, number>());
  const [walked, setWalked] = useState<{ key: string; k: number; n: number } | null>(null);

  // Entity finding runs after the sidebar's first paint, off the critical path.
  useEffect(() => {
    let live = true;
    services.entities.index().then(
      (i) => live && setIndex(i),
      (e) => live && setStatus(strings.entitiesFailed(e instanceof Error ? e.message : String(e))),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (index) services.entities.show(on, types);
  }, [index, on, types]);

  const byType = useMemo(() => {
    const m = new Map<string, EntityIndex['groups']>();
    for (const g of index?.groups ?? []) m.set(g.type, [...(m.get(g.type) ?? []), g]);
    return m;
  }, [index]);

  const setMaster = (v: boolean) => {
    setOn(v);
    void settings.save({ entitiesOn: v });
  };
  const setType = (t: string, v: boolean) => {
    const next = { ...types, [t]: v };
    setTypes(next);
    void settings.save({ entityTypes: next });
  };
  const walk = (g: EntityIndex['groups'][number]) => {
    if (!index) return;
    const k = step.current.get(g.key) ?? 0;
    step.current.set(g.key, (k + 1) % g.mentions.length);
    services.entities.walk(g.mentions[k]);
    setStatus(strings.mentionOf(k + 1, g.mentions.length, g.label));
    setWalked({ key: g.key, k: k + 1, n: g.mentions.length });
    onFilter({ key: g.key, label: g.label, sections: g.sections });
  };

  return (
    <div class="bl-entities">
      <label class="bl-switch">
        <input type="checkbox" checked={on} onChange={(e) => setMaster((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {strings.entitiesSwitch}
      </label>
      {!services.entities.canPaint && <p class="bl-meta">{strings.noHighlightApi}</p>}
      <fieldset class="bl-types" disabled={!on}>
        <legend>{strings.entityTypes}</legend>
        {ENTITY_TYPES.map((t) => (
          <label key={t} class="bl-type">
            <input
              type="checkbox"
              checked={types[t] !== false}
              onChange={(e) => setType(t, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class="bl-swatch" style={{ background: ENTITY_COLORS[t] }} aria-hidden="true" />
            {strings.entityType[t]}
            {index && <span class="bl-meta"> {byType.get(t)?.length ?? 0}</span>}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="bl-entity-index">
        <h2 id="bl-entity-index" class="bl-toc-heading">
          {strings.entityIndex}
        </h2>
        {index && index.groups.length === 0 && <p class="bl-meta">{strings.noEntities}</p>}
        {ENTITY_TYPES.map((t) => {
          const groups = byType.get(t) ?? [];
          if (!groups.length) return null;
          return (
            <section key={t} class="bl-entity-group" aria-labelledby={`bl-entity-${t}`}>
              <h3 id={`bl-entity-${t}`} class="bl-entity-type">
                <span class="bl-swatch" style={{ background: ENTITY_COLORS[t] }} aria-hidden="true" /> {strings.entityType[t]}
              </h3>
              <ul class="bl-entity-list">
                {groups.slice(0, MAX_PER_TYPE).map((g, i) => (
                  <li key={g.key}>
                    <button
                      type="button"
                      class={walked?.key === g.key ? 'bl-toc-entry bl-entity bl-walked' : 'bl-toc-entry bl-entity'}
                      aria-describedby={`bl-ec-${t}-${i}`}
                      onClick={() => walk(g)}
                    >
                      {g.label}
                    </button>
                    <span id={`bl-ec-${t}-${i}`} class="bl-meta">
                      {strings.mentions(g.count)}
                    </span>
                    {walked?.key === g.key && (
                      // The mention being walked, as the page marks it ("2 of 4").
                      <span class="bl-walk-position" aria-hidden="true">
                        {strings.walkPosition(walked.k, walked.n)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>
      <p class="bl-status bl-sticky-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
