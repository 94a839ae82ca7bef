/**
 * `npm run eval:entities`: scores the entity engine on the development gold set
 * (../shared/gold/entities-dev.json, skipped when ../shared is absent) and on our Russian gold set
 * (tests/gold/entities-ru.json), and on the new EN + RU set (tests/gold/entities-new.json), each
 * printed apart. Exits 1 when a Done-when threshold is missed, so it can be a check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateDev, evaluateRu, failures, table, type DevGold, type RuGold } from '../lib/entities/eval';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const devPath = path.join(shared, 'gold/entities-dev.json');
const ruPath = path.join(repoRoot, 'tests/gold/entities-ru.json');
const newPath = path.join(repoRoot, 'tests/gold/entities-new.json');

const showErrors = process.argv.includes('--errors');
const problems: string[] = [];
if (fs.existsSync(devPath)) {
  const gold = JSON.parse(fs.readFileSync(devPath, 'utf8')) as DevGold;
  const s = evaluateDev(gold, (rel) => fs.readFileSync(path.resolve(path.dirname(devPath), rel), 'utf8'));
  console.log(table('Development set (../shared/gold/entities-dev.json) — lenient | strict', s));
  if (showErrors) console.log(s.errors.map((e) => `    ${e}`).join('\n'));
  problems.push(...failures(s, 0.95, 0.9).map((m) => `dev: ${m}`));
} else {
  console.log(`Development set skipped: ${devPath} not found (../shared is not checked out).`);
}
const ru = JSON.parse(fs.readFileSync(ruPath, 'utf8')) as RuGold;
const s = evaluateRu(ru);
console.log(`\n${table('Russian set (tests/gold/entities-ru.json) — lenient | strict', s)}`);
if (showErrors) console.log(s.errors.map((e) => `    ${e}`).join('\n'));
problems.push(...failures(s, 0.9, 0.85).map((m) => `ru: ${m}`));

// Written for issue 11 before the rules were changed for it: the held-out-style check.
const fresh = JSON.parse(fs.readFileSync(newPath, 'utf8')) as RuGold;
const sn = evaluateRu(fresh);
console.log(`\n${table('New set, EN + RU (tests/gold/entities-new.json) — lenient | strict', sn)}`);
if (showErrors) console.log(sn.errors.map((e) => `    ${e}`).join('\n'));
problems.push(...failures(sn, 0.92, 0.85).map((m) => `new: ${m}`));
// The same set by language, for reading (the thresholds apply to the whole set).
for (const lang of ['en', 'ru']) {
  const part = evaluateRu({ paragraphs: fresh.paragraphs.filter((p) => p.id.startsWith(`${lang}-`)) });
  const cells = ['person', 'place', 'organization', 'date'].map(
    (t) => `${t} ${part.lenient[t]!.p.toFixed(2)}/${part.lenient[t]!.r.toFixed(2)}`,
  );
  console.log(`  ${lang} only (lenient P/R): ${cells.join(', ')}`);
}

// Probes written after the rules (see its _about for their first scores): printed, no threshold.
const probes = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/gold/entities-probes.json'), 'utf8')) as RuGold;
const sp = evaluateRu(probes);
console.log(`\n${table('Probe sets, EN + RU (tests/gold/entities-probes.json, written after the rules) — lenient | strict', sp)}`);
if (showErrors) console.log(sp.errors.map((e) => `    ${e}`).join('\n'));

if (problems.length) {
  console.error(
    `\nBelow the Done-when thresholds (dev P≥0.95 R≥0.90, ru P≥0.90 R≥0.85, new P≥0.92 R≥0.85, lenient):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('\nAll thresholds met (dev P≥0.95 R≥0.90, ru P≥0.90 R≥0.85, new P≥0.92 R≥0.85, lenient).');
