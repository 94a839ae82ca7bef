/**
 * axe-core in the sidebar frame's document (evaluated there through the DevTools protocol: the
 * extension page's CSP refuses injected <script> tags): its serious and critical violations.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO_ROOT, sidebarFrame } from './support.ts';

const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

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
    .map(
      (f) =>
        `  [${f.impact}] ${f.id}: ${f.help}\n${f.nodes.map((n) => `      ${JSON.stringify(n.target)} ${n.html}\n        ${n.summary?.replace(/\n/g, '\n        ')}`).join('\n')}`,
    )
    .join('\n');
}

export async function expectNoSerious(t: TestContext, p: Page, state: string): Promise<void> {
  const { findings, review, checkedRules } = await seriousViolations(p);
  for (const r of review) t.diagnostic(`axe needs review, ${state}: ${r}`);
  assert.ok(checkedRules > 10, `axe checked the sidebar (${checkedRules} rules applied)`);
  assert.deepEqual(
    findings.map((f) => `${f.id} (${f.nodes.length})`),
    [],
    `axe: serious/critical violations in the sidebar, ${state}:\n${report(findings)}`,
  );
}
