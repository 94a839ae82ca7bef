/**
 * axe-core on the sidebar (the extension page `sidebar.html` in its frame) at mid.ru addresses:
 * no `serious` or `critical` violation in the default state, with search results showing, with
 * a Q&A's question expanded, collapsed, and on the other views (tabs). axe runs in the sidebar
 * frame's document (evaluated there through the DevTools protocol: the extension page's CSP
 * refuses injected <script> tags), so every node it checks is ours; the ministry's page is not
 * ours to fix. Its default rule set (WCAG 2.0-2.2 A/AA and best practices).
 * One browser for the file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO_ROOT, formatProblems, sidebar, sidebarFrame, tocNav } from './support.ts';
import { RUSSIAN, SAMPLE, SIDEBAR_PAGES, outlineOf, startHarness, tocTitleOf, type Harness } from './sidebar-support.ts';

const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

let h: Harness;

before(async () => {
  h = await startHarness(SIDEBAR_PAGES);
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; impact: string | null; summary: string; html: string }[];
}

/**
 * Runs axe on the sidebar frame's document; returns its serious/critical violations, and (for
 * the log) the serious/critical results axe could not decide ("needs review").
 */
async function seriousViolations(p: Page): Promise<{ findings: Finding[]; review: string[]; checkedRules: number }> {
  const frame = await sidebarFrame(p);
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(readFileSync(AXE, 'utf8'));
  const result = (await frame.evaluate(`(async () => {
    const r = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    return {
      checkedRules: r.passes.length + r.violations.length + r.incomplete.length,
      review: r.incomplete.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ' (' + v.impact + ') on ' + v.nodes.length + ' node(s), first ' + JSON.stringify(v.nodes[0].target) + ' ' + v.nodes[0].html.slice(0, 100)),
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, impact: n.impact, summary: n.failureSummary, html: n.html.slice(0, 200) })),
      })),
    };
  })()`)) as { checkedRules: number; review: string[]; violations: Finding[] };
  const findings = result.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => n.impact === 'serious' || n.impact === 'critical') }))
    .filter((v) => v.nodes.length > 0);
  return { findings, review: result.review, checkedRules: result.checkedRules };
}

function report(findings: Finding[]): string {
  return findings
    .map((f) => `  [${f.impact}] ${f.id}: ${f.help}\n${f.nodes.map((n) => `      ${JSON.stringify(n.target)} ${n.html}\n        ${n.summary?.replace(/\n/g, '\n        ')}`).join('\n')}`)
    .join('\n');
}

async function expectNoSerious(t: TestContext, p: Page, state: string): Promise<void> {
  const { findings, review, checkedRules } = await seriousViolations(p);
  for (const r of review) t.diagnostic(`axe needs review, ${state}: ${r}`);
  assert.ok(checkedRules > 10, `axe checked the sidebar (${checkedRules} rules applied)`);
  assert.deepEqual(
    findings.map((f) => `${f.id} (${f.nodes.length})`),
    [],
    `axe: serious/critical violations in the sidebar, ${state}:\n${report(findings)}`,
  );
}

const searchBox = (p: Page) => sidebar(p).getByRole('searchbox', { name: 'Search this briefing' });

test(`axe: no serious or critical violation in the default sidebar, with search results showing, and with a Q&A expanded: ${SAMPLE.label}`, { timeout: 30_000 }, async (t) => {
  const o = outlineOf(SAMPLE);
  const p = await h.open(SAMPLE.url);
  try {
    await tocNav(p).waitFor({ state: 'visible' });
    await expectNoSerious(t, p, 'default state');

    await searchBox(p).fill('Kazakhstan');
    await sidebar(p).getByRole('navigation', { name: 'Search this briefing' }).waitFor({ state: 'visible', timeout: 2_000 });
    await searchBox(p).press('Enter');
    await expectNoSerious(t, p, 'with search results showing');

    await searchBox(p).press('Escape');
    await tocNav(p).waitFor({ state: 'visible', timeout: 2_000 });
    const firstPair = o.sections.findIndex((s) => s.kind === 'qa');
    const title = tocTitleOf(o, firstPair);
    await sidebar(p).getByRole('button', { name: `Show question: ${title}`, exact: true }).click();
    await sidebar(p).getByRole('button', { name: `Hide question: ${title}`, exact: true }).waitFor({ timeout: 2_000 });
    await expectNoSerious(t, p, `with the question of "${title}" expanded`);
  } finally {
    await p.close();
  }
});

test(`axe: no serious or critical violation when collapsed and on the other views (tabs): ${SAMPLE.label}`, { timeout: 30_000 }, async (t) => {
  const p = await h.open(SAMPLE.url);
  try {
    const tabs = await sidebar(p).getByRole('tab').allTextContents();
    for (const name of tabs.slice(1)) {
      await sidebar(p).getByRole('tab', { name, exact: true }).click();
      await sidebar(p).getByRole('tabpanel', { name, exact: true }).waitFor({ state: 'visible', timeout: 2_000 });
      await p.waitForTimeout(300); // views that load their content (entities) settle
      await expectNoSerious(t, p, `on the "${name}" view`);
    }
    await sidebar(p).getByRole('button', { name: 'Collapse Briefing Lens', exact: true }).click();
    await sidebar(p).getByRole('button', { name: 'Open Briefing Lens', exact: true }).waitFor({ timeout: 2_000 });
    await expectNoSerious(t, p, 'collapsed');
  } finally {
    await p.close();
  }
});

test(`axe: no serious or critical violation in the default sidebar: ${RUSSIAN.label}`, { skip: RUSSIAN.skip, timeout: 30_000 }, async (t) => {
  const p = await h.open(RUSSIAN.url);
  try {
    await tocNav(p).waitFor({ state: 'visible' });
    await expectNoSerious(t, p, 'default state');
  } finally {
    await p.close();
  }
});

test('no console errors or uncaught exceptions (axe tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
