import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/entities.ts'), file], { cwd: repoRoot, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'entities-cli-'));

describe('npm run entities', () => {
  it('prints spans with offsets into the .txt content as read', () => {
    const text = '\uFEFF😀 Maria Zakharova, Moscow, November 10, 2021\r\nSergey Lavrov';
    const f = join(dir, 'a.txt');
    writeFileSync(f, text);
    const out = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/entities.ts'), f], { cwd: repoRoot, encoding: 'utf8' }),
    );
    expect(out.map((e: { type: string }) => e.type)).toEqual(['person', 'place', 'date', 'person']);
    for (const e of out) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('uses the article container of an .html page and never crosses blocks', () => {
    const f = join(dir, 'p.html');
    writeFileSync(
      f,
      '<html><body><nav>Paris</nav><div class="text article-content"><p>Talks in <b>Geneva</b></p><p>Sergey</p><p>Lavrov spoke.</p></div></body></html>',
    );
    const r = cli(f);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const content = 'Talks in GenevaSergeyLavrov spoke.';
    expect(out.map((e: { text: string }) => e.text)).toEqual(['Geneva', 'Lavrov']);
    for (const e of out) expect(content.slice(e.start, e.end)).toBe(e.text);
  });

  it('fails with one line and exit code 2 on a missing, empty or binary file', () => {
    const empty = join(dir, 'e.txt');
    writeFileSync(empty, '  \n');
    const bin = join(dir, 'b.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3]));
    for (const f of [join(dir, 'missing.txt'), empty, bin]) {
      const r = cli(f);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
