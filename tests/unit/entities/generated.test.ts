/**
 * The generated data modules are committed (the build needs no generation step); this checks
 * that they are what scripts/gen-entity-data.ts makes from the installed packages today, so a
 * package bump or a generator change cannot leave stale data behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const committed = join(repoRoot, 'lib/entities/data/generated');

describe('generated entity data', () => {
  it('is up to date with the generator and the installed packages', () => {
    const out = mkdtempSync(join(tmpdir(), 'entities-gen-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/gen-entity-data.ts'), '--out', out], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(committed).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(committed, f), 'utf8'));
  }, 60_000);
});
