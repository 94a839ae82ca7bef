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
  display: flex;
  flex-direction: column;
  overflow: hidden;
  background: var(--bl-bg);
  color: var(--bl-fg);
  border-left: 1px solid var(--bl-line);
  box-shadow: -4px 0 16px rgba(0, 0, 0, 0.08);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
  padding: 0;
  text-align: left;
  letter-spacing: normal;
}
/* The head (bar, toast, hint, header card, tabs) stays put; only the body scrolls. */
.bl-head { flex: 0 0 auto; position: relative; padding: 0 14px 0 16px; }
.bl-body { flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; padding: 0 14px 16px 16px; }
.bl-collapsed { padding: 0; overflow: hidden; }
.bl-expand {
  all: unset; cursor: pointer; display: flex; flex-direction: column; align-items: center; justify-content: flex-start;
  gap: 10px; padding-top: 10px; box-sizing: border-box; width: 100%; height: 100%; color: var(--bl-link);
}
.bl-expand:hover { background: var(--bl-hover); }
.bl-strip {
  position: absolute; top: 44px; left: 0; right: 0; display: flex; flex-direction: column; align-items: center; gap: 10px;
  pointer-events: none;
}
.bl-expand-arrow { font-size: 22px; line-height: 24px; }
.bl-strip-label { writing-mode: vertical-rl; font-weight: 700; font-size: 13px; letter-spacing: 0.5px; color: var(--bl-accent); }
.bl-strip-count {
  min-width: 22px; padding: 0 4px; border-radius: 11px; background: var(--bl-accent); color: #fff;
  font-size: 12px; font-weight: 700; line-height: 22px; text-align: center;
}
.bl-expand:focus-visible { outline: 2px solid var(--bl-focus); outline-offset: -3px; }
.bl-resize {
  position: absolute; left: 0; top: 0; bottom: 0; width: 6px; cursor: ew-resize; z-index: 1;
}
.bl-resize:hover, .bl-resize:focus-visible { background: var(--bl-accent); opacity: 0.5; outline: none; }
.bl-topbar {
  display: flex; align-items: center; justify-content: space-between;
  background: var(--bl-bg); padding: 6px 0 4px; border-bottom: 1px solid var(--bl-line); margin-bottom: 8px;
}
.bl-topbar-tools { display: flex; gap: 4px; }
.bl-toast-area {
  position: absolute; z-index: 5; left: 12px; right: 12px; top: 40px;
  display: flex; align-items: center; gap: 8px; font-size: 13px; border-radius: 8px;
}
.bl-toast-area.bl-shown {
  padding: 6px 6px 6px 12px; background: var(--bl-fg); color: var(--bl-bg); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
}
.bl-toast-area.bl-toast-error { background: #b3261e; color: #fff; }
.bl-toast-area .bl-toast-text { flex: 1 1 auto; }
.bl-toast-area .bl-link-button, .bl-toast-area .bl-mini { color: inherit; }
.bl-hint {
  display: flex; align-items: center; gap: 6px; margin: 0 0 8px; padding: 4px 4px 4px 8px; font-size: 12px;
  background: var(--bl-current); border-radius: 6px;
}
.bl-hint span { flex: 1 1 auto; }
.bl-shortcuts {
  position: absolute; z-index: 6; top: 40px; left: 8px; right: 8px; max-height: calc(100vh - 56px); overflow-y: auto;
  background: var(--bl-bg); border: 1px solid var(--bl-line); border-radius: 8px; padding: 4px 12px 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.bl-shortcuts-head { justify-content: space-between; }
.bl-keys { margin: 0; font-size: 12px; }
.bl-keys div { display: grid; grid-template-columns: 9em 1fr; gap: 8px; padding: 3px 0; border-top: 1px solid var(--bl-line); }
.bl-keys dt, .bl-keys dd { margin: 0; }
kbd { font: 11px/1.6 ui-monospace, monospace; }
.bl-brand { font-weight: 700; font-size: 13px; letter-spacing: 0.3px; color: var(--bl-accent); }
.bl-icon-button, .bl-mini, .bl-link-button {
  all: unset; cursor: pointer; border-radius: 4px; color: var(--bl-link); font: inherit;
}
.bl-icon-button { padding: 0 8px; font-size: 20px; line-height: 24px; min-width: 24px; min-height: 24px; text-align: center; }
.bl-keys-button { font-size: 15px; font-weight: 700; }
/* Touch-size targets: every small control is at least 24 × 24 px. */
.bl-mini { padding: 0 4px; font-size: 12px; line-height: 24px; min-width: 24px; min-height: 24px; text-align: center; color: var(--bl-muted); }
.bl-link-button { text-decoration: underline; font-size: 12px; padding: 0 4px; min-height: 24px; min-width: 24px; line-height: 24px; text-align: center; }
.bl-icon-button:hover, .bl-mini:hover, .bl-link-button:hover { background: var(--bl-hover); }
.bl-icon-button:focus-visible, .bl-mini:focus-visible, .bl-link-button:focus-visible,
.bl-toc-entry:focus-visible, .bl-tab:focus-visible, .bl-search-input:focus-visible {
  outline: 2px solid var(--bl-focus); outline-offset: 1px;
}
.bl-card { border-bottom: 1px solid var(--bl-line); padding-bottom: 8px; margin-bottom: 4px; max-height: 32vh; overflow-y: auto; }
.bl-card-head { display: flex; align-items: flex-start; gap: 4px; }
.bl-title { font-weight: 600; font-size: 14px; margin: 0 0 6px; flex: 1 1 auto; min-width: 0; }
.bl-folded .bl-title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; margin: 0; }
.bl-folded { padding-bottom: 4px; }
.bl-facts[hidden] { display: none; }
.bl-badge {
  display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: 0.5px;
  padding: 1px 6px; border-radius: 4px; background: var(--bl-accent); color: #fff; vertical-align: 1px;
}
.bl-facts { margin: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 4px 12px; font-size: 12px; }
.bl-facts dt { color: var(--bl-muted); margin: 0; }
.bl-facts dd { margin: 0; }
.bl-tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--bl-line); margin: 4px 0 0; }
.bl-tab {
  all: unset; cursor: pointer; padding: 6px 10px; font-size: 13px; color: var(--bl-muted);
  border-bottom: 2px solid transparent; margin-bottom: -1px;
}
.bl-tab[aria-selected='true'] { color: var(--bl-fg); border-bottom-color: var(--bl-accent); font-weight: 600; }
.bl-panel[hidden] { display: none; }
.bl-search { position: sticky; top: 0; z-index: 2; background: var(--bl-bg); margin: 0 0 6px; padding: 8px 0 2px; }
.bl-search-bar { display: flex; align-items: center; gap: 4px; }
.bl-search-bar .bl-search-summary { flex: 1 1 auto; }
.bl-search-steps { display: flex; gap: 2px; }
.bl-step { border: 1px solid var(--bl-line); }
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
/*
 * Row actions appear on hover and keyboard focus, over the end of the row, so titles keep the
 * full width (in the flow and always shown where there is no hover).
 */
.bl-entry-row { position: relative; }
.bl-actions {
  display: flex; flex: 0 0 auto; opacity: 0; position: absolute; right: 0; top: 0;
  background: var(--bl-bg); border-radius: 4px; box-shadow: -8px 0 8px var(--bl-bg);
}
.bl-entry:hover .bl-actions, .bl-entry:focus-within .bl-actions { opacity: 1; }
@media (hover: none) { .bl-actions { opacity: 1; position: static; box-shadow: none; } }
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
.bl-sticky-status { position: sticky; top: 0; z-index: 2; background: var(--bl-bg); padding: 4px 0; }
.bl-entities .bl-sticky-status { top: auto; bottom: 0; }
.bl-walk-position { font-size: 12px; font-weight: 700; color: var(--bl-accent); }
.bl-walked { background: var(--bl-current); }
.bl-filter { font-size: 12px; background: var(--bl-current); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.bl-switch { display: flex; align-items: center; gap: 6px; font-weight: 600; margin: 6px 0; min-height: 24px; }
.bl-types { border: 1px solid var(--bl-line); border-radius: 6px; margin: 6px 0 10px; padding: 6px 10px 8px; }
.bl-types legend { font-size: 12px; color: var(--bl-muted); padding: 0 4px; }
.bl-type { display: flex; align-items: center; gap: 6px; margin: 2px 0; min-height: 24px; }
.bl-swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.25); flex: 0 0 auto; }
.bl-entity-type { display: flex; align-items: center; gap: 6px; font-size: 13px; margin: 10px 0 4px; }
.bl-entity-list { list-style: none; margin: 0; padding: 0; }
.bl-entity-list li { display: flex; align-items: baseline; gap: 6px; }
.bl-entity-list .bl-toc-entry { flex: 0 1 auto; }
input[type='checkbox'] { accent-color: var(--bl-accent); width: 18px; height: 18px; margin: 3px; }
.bl-pop {
  position: fixed; z-index: 2147483647; background: var(--bl-bg); color: var(--bl-fg);
  border: 1px solid var(--bl-line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
}
.bl-toolbar { display: flex; align-items: center; gap: 6px; padding: 6px 8px; }
.bl-chip {
  all: unset; box-sizing: border-box; cursor: pointer; width: 24px; height: 24px; border-radius: 50%;
  border: 2px solid rgba(0, 0, 0, 0.25);
}
.bl-chip[aria-pressed='true'] { border-color: var(--bl-fg); box-shadow: 0 0 0 2px var(--bl-bg), 0 0 0 4px var(--bl-accent); }
.bl-chip:focus-visible, .bl-tool:focus-visible, .bl-primary:focus-visible, .bl-secondary:focus-visible, .bl-danger:focus-visible {
  outline: 2px solid var(--bl-focus); outline-offset: 2px;
}
.bl-tool, .bl-primary, .bl-secondary, .bl-danger {
  all: unset; cursor: pointer; font-size: 13px; padding: 3px 8px; border-radius: 5px; border: 1px solid var(--bl-line);
  min-height: 24px; box-sizing: border-box; line-height: 16px;
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
/* The archive: "Changed since…" under the header card, its changes panel, the footer's controls. */
.bl-changed.bl-shown {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 6px; margin: 0 0 6px; padding: 4px 4px 4px 8px;
  font-size: 12px; background: var(--bl-current); border-left: 3px solid var(--bl-accent); border-radius: 6px;
}
.bl-changed-text { flex: 1 1 auto; }
.bl-changes h2 { margin-top: 10px; }
.bl-diff-section { border-top: 1px solid var(--bl-line); padding: 6px 0; }
.bl-diff-title { font-size: 13px; margin: 0 0 4px; }
.bl-diff-kind { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.4px; color: var(--bl-muted); }
.bl-diff { margin: 0 0 4px; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.bl-diff ins { text-decoration: underline; background: #d9f2dc; color: #0d3d16; border-radius: 2px; }
.bl-diff del { text-decoration: line-through; background: #fbe0de; color: #5c1410; border-radius: 2px; }
/* A replaced word and its replacement side by side, not run together ("warmcordial"). */
.bl-diff-change + .bl-diff-change { margin-left: 3px; }
.bl-archive { margin: 0 0 8px; }
.bl-archive .bl-switch { font-weight: 400; font-size: 13px; }
.bl-archive p { margin: 2px 0; }
.bl-confirm { border: 1px solid var(--bl-line); border-radius: 6px; padding: 6px 8px; margin: 4px 0; font-size: 12px; }
.bl-confirm .bl-danger { margin-left: 0; }
.bl-secondary:hover, .bl-danger:hover { background: var(--bl-hover); }
`;
