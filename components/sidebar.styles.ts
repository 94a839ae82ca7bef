/*
 * The sidebar's styles, in the sidebar frame's own document: the ministry's page cannot style us
 * and we cannot style it. px units keep us independent of any inherited font size.
 */
export const sidebarCss = `
:root {
  --bl-bg: #fbfaf7;
  --bl-fg: #1d1d1f;
  --bl-muted: #5f5c55;
  --bl-line: #d8d4cc;
  --bl-link: #1d3b5c;
  --bl-hover: #ece8df;
  --bl-current: #e2ecf7;
  --bl-accent: #24476b;
  --bl-focus: #2f6fb3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bl-bg: #1e1f22;
    --bl-fg: #e6e3dc;
    --bl-muted: #aaa69d;
    --bl-line: #3a3b3f;
    --bl-link: #a8cdf5;
    --bl-hover: #2c2e33;
    --bl-current: #23364a;
    --bl-accent: #5b8fc7;
    --bl-focus: #7fb2ea;
  }
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; background: transparent; }
.bl-sidebar {
  position: relative;
  height: 100vh;
  overflow-y: auto;
  overscroll-behavior: contain;
  background: var(--bl-bg);
  color: var(--bl-fg);
  border-left: 1px solid var(--bl-line);
  box-shadow: -4px 0 16px rgba(0, 0, 0, 0.08);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
  padding: 0 14px 16px 16px;
  text-align: left;
  letter-spacing: normal;
}
.bl-collapsed { padding: 0; overflow: hidden; }
.bl-expand {
  all: unset; cursor: pointer; display: flex; align-items: center; justify-content: center;
  width: 100%; height: 100%; font-size: 22px; color: var(--bl-link);
}
.bl-expand:focus-visible { outline: 2px solid var(--bl-focus); outline-offset: -3px; }
.bl-resize {
  position: absolute; left: 0; top: 0; bottom: 0; width: 6px; cursor: ew-resize; z-index: 1;
}
.bl-resize:hover, .bl-resize:focus-visible { background: var(--bl-accent); opacity: 0.5; outline: none; }
.bl-topbar {
  position: sticky; top: 0; z-index: 1; display: flex; align-items: center; justify-content: space-between;
  background: var(--bl-bg); padding: 8px 0 6px; border-bottom: 1px solid var(--bl-line); margin-bottom: 8px;
}
.bl-brand { font-weight: 700; font-size: 13px; letter-spacing: 0.3px; color: var(--bl-accent); }
.bl-icon-button, .bl-mini, .bl-link-button {
  all: unset; cursor: pointer; border-radius: 4px; color: var(--bl-link); font: inherit;
}
.bl-icon-button { padding: 0 8px; font-size: 20px; line-height: 24px; }
.bl-mini { padding: 0 4px; font-size: 12px; line-height: 20px; min-width: 20px; text-align: center; color: var(--bl-muted); }
.bl-link-button { text-decoration: underline; font-size: 12px; padding: 1px 2px; }
.bl-icon-button:hover, .bl-mini:hover, .bl-link-button:hover { background: var(--bl-hover); }
.bl-icon-button:focus-visible, .bl-mini:focus-visible, .bl-link-button:focus-visible,
.bl-toc-entry:focus-visible, .bl-tab:focus-visible, .bl-search-input:focus-visible {
  outline: 2px solid var(--bl-focus); outline-offset: 1px;
}
.bl-card { border-bottom: 1px solid var(--bl-line); padding-bottom: 10px; margin-bottom: 8px; }
.bl-title { font-weight: 600; font-size: 14px; margin: 0 0 8px; }
.bl-badge {
  display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: 0.5px;
  padding: 1px 6px; border-radius: 4px; background: var(--bl-accent); color: #fff; vertical-align: 1px;
}
.bl-facts { margin: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 4px 12px; font-size: 12px; }
.bl-facts dt { color: var(--bl-muted); margin: 0; }
.bl-facts dd { margin: 0; }
.bl-tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--bl-line); margin: 4px 0 8px; }
.bl-tab {
  all: unset; cursor: pointer; padding: 6px 10px; font-size: 13px; color: var(--bl-muted);
  border-bottom: 2px solid transparent; margin-bottom: -1px;
}
.bl-tab[aria-selected='true'] { color: var(--bl-fg); border-bottom-color: var(--bl-accent); font-weight: 600; }
.bl-panel[hidden] { display: none; }
.bl-search { margin: 4px 0 6px; }
.bl-search-input {
  width: 100%; font: inherit; font-size: 13px; padding: 6px 8px; border: 1px solid var(--bl-line);
  border-radius: 6px; background: var(--bl-bg); color: var(--bl-fg); margin: 0;
}
.bl-search-summary { font-size: 12px; color: var(--bl-muted); margin: 4px 0 0; min-height: 16px; }
.bl-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.bl-toc-heading { font-size: 12px; text-transform: uppercase; letter-spacing: 0.6px; color: var(--bl-muted); margin: 14px 0 6px; }
.bl-count { font-weight: 400; }
.bl-toc-list { margin: 0; padding: 0 0 0 22px; }
.bl-toc-list.bl-plain { list-style: none; padding: 0; }
.bl-entry { margin: 2px 0; border-radius: 4px; }
.bl-entry-row { display: flex; align-items: flex-start; gap: 2px; }
.bl-toc-entry {
  all: unset; box-sizing: border-box; cursor: pointer; display: block; flex: 1 1 auto; min-width: 0;
  padding: 3px 6px; border-radius: 4px; font: inherit; color: var(--bl-link);
}
.bl-toc-entry:hover { background: var(--bl-hover); }
.bl-current > .bl-entry-row > .bl-toc-entry, .bl-toc-entry[aria-current='location'] { background: var(--bl-current); font-weight: 600; }
.bl-actions { display: flex; flex: 0 0 auto; opacity: 0.55; }
.bl-entry:hover .bl-actions, .bl-actions:focus-within { opacity: 1; }
.bl-qa-meta, .bl-preview, .bl-full-question { margin: 0 6px 2px; font-size: 12px; color: var(--bl-muted); }
.bl-speaker { font-weight: 600; }
.bl-question { display: flex; flex-wrap: wrap; align-items: baseline; }
.bl-question > div { flex-basis: 100%; }
.bl-full-question { color: var(--bl-fg); margin-top: 4px; }
.bl-followup::before { content: '↳ '; color: var(--bl-muted); }
.bl-meta { color: var(--bl-muted); font-size: 12px; }
.bl-missing { font-size: 12px; color: var(--bl-muted); }
.bl-result-title { display: block; font-weight: 600; }
.bl-snippet { display: block; font-size: 12px; color: var(--bl-muted); }
.bl-snippet mark { background: #ffd60a; color: #000; border-radius: 2px; }
.bl-status { font-size: 12px; color: var(--bl-muted); min-height: 16px; margin: 8px 0 0; }
.bl-filter { font-size: 12px; background: var(--bl-current); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.bl-switch { display: flex; align-items: center; gap: 6px; font-weight: 600; margin: 6px 0; }
.bl-types { border: 1px solid var(--bl-line); border-radius: 6px; margin: 6px 0 10px; padding: 6px 10px 8px; }
.bl-types legend { font-size: 12px; color: var(--bl-muted); padding: 0 4px; }
.bl-type { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.bl-swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.25); flex: 0 0 auto; }
.bl-entity-type { display: flex; align-items: center; gap: 6px; font-size: 13px; margin: 10px 0 4px; }
.bl-entity-list { list-style: none; margin: 0; padding: 0; }
.bl-entity-list li { display: flex; align-items: baseline; gap: 6px; }
.bl-entity-list .bl-toc-entry { flex: 0 1 auto; }
input[type='checkbox'] { accent-color: var(--bl-accent); width: 14px; height: 14px; margin: 0; }
.bl-pop {
  position: fixed; z-index: 2147483647; background: var(--bl-bg); color: var(--bl-fg);
  border: 1px solid var(--bl-line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
}
.bl-toolbar { display: flex; align-items: center; gap: 6px; padding: 6px 8px; }
.bl-chip {
  all: unset; box-sizing: border-box; cursor: pointer; width: 22px; height: 22px; border-radius: 50%;
  border: 2px solid rgba(0, 0, 0, 0.25);
}
.bl-chip[aria-pressed='true'] { border-color: var(--bl-fg); box-shadow: 0 0 0 2px var(--bl-bg), 0 0 0 4px var(--bl-accent); }
.bl-chip:focus-visible, .bl-tool:focus-visible, .bl-primary:focus-visible, .bl-secondary:focus-visible, .bl-danger:focus-visible {
  outline: 2px solid var(--bl-focus); outline-offset: 2px;
}
.bl-tool, .bl-primary, .bl-secondary, .bl-danger {
  all: unset; cursor: pointer; font-size: 13px; padding: 3px 8px; border-radius: 5px; border: 1px solid var(--bl-line);
}
.bl-primary { background: var(--bl-accent); color: #fff; border-color: var(--bl-accent); }
.bl-danger { color: #b3261e; border-color: #e2b4b0; margin-left: auto; }
.bl-editor { width: 320px; padding: 10px 12px; display: flex; flex-direction: column; gap: 8px; }
.bl-inline { width: auto; border: 1px solid var(--bl-line); border-radius: 8px; margin: 8px 0; }
.bl-quote { margin: 0; padding: 2px 0 2px 8px; border-left: 3px solid var(--bl-line); font-size: 12px; color: var(--bl-muted); white-space: pre-wrap; }
.bl-chips { display: flex; gap: 8px; }
.bl-field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--bl-muted); }
.bl-field textarea, .bl-field input {
  font: inherit; font-size: 13px; color: var(--bl-fg); background: var(--bl-bg); margin: 0;
  border: 1px solid var(--bl-line); border-radius: 6px; padding: 5px 7px; resize: vertical;
}
.bl-field textarea:focus-visible, .bl-field input:focus-visible { outline: 2px solid var(--bl-focus); outline-offset: 1px; }
.bl-row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.bl-toast { left: 50%; bottom: 16px; transform: translateX(-50%); padding: 8px 12px; font-size: 13px; }
.bl-note-list { list-style: none; margin: 0; padding: 0; }
.bl-note { display: flex; gap: 8px; align-items: flex-start; padding: 6px 0; border-bottom: 1px solid var(--bl-line); }
.bl-note .bl-swatch { margin-top: 5px; }
.bl-note-body { flex: 1 1 auto; min-width: 0; }
.bl-note-quote { padding-left: 0; }
.bl-note-text { margin: 2px 0; white-space: pre-wrap; font-size: 13px; }
.bl-tags { margin: 2px 0; display: flex; gap: 4px; flex-wrap: wrap; }
.bl-tag { font-size: 11px; padding: 0 6px; border-radius: 8px; background: var(--bl-hover); }
.bl-error { color: #b3261e; font-size: 12px; }
.bl-footer { border-top: 1px solid var(--bl-line); margin-top: 16px; padding-top: 8px; }
`;
