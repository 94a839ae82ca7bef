// The CLI as a user runs it: outline JSON or Markdown on stdout; bad input → one clear line, no stack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/shared';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/segment.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run segment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bl-cli-'));
  it('prints the outline of the sample page, and Markdown on request', () => {
    const r = run(join(repoRoot, 'tests/fixtures/sample-briefing.html'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).isBriefing).toBe(true);
    const md = run('--markdown', join(repoRoot, 'tests/fixtures/sample-briefing.html'));
    expect(md.out).toMatch(/^# Briefing by /);
    expect(md.out).toMatch(/## Answers to questions \(\d+\)/);
  });
  it('prints the full outline of remarks and interviews, with isBriefing false, the kind and the askers', () => {
    const r = run(join(repoRoot, 'tests/fixtures/remarks-ru.html'));
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o).toMatchObject({ isBriefing: false, kind: 'remarks', speaker: 'С.А.Рябков' });
    expect(o.sections.filter((s: { kind: string }) => s.kind === 'qa').map((s: { asker?: string }) => s.asker)).toEqual([
      'ТАСС',
      'РИА Новости',
      'Bloomberg',
    ]);
    const md = run('--markdown', join(repoRoot, 'tests/fixtures/interview-en.html'));
    expect(md.out).toMatch(/^- \*\*Kind:\*\* Interview$/m);
    const mdRemarks = run('--markdown', join(repoRoot, 'tests/fixtures/remarks-en.html'));
    expect(mdRemarks.out).toMatch(/^- \*\*Kind:\*\* Remarks/m);
    expect(mdRemarks.out).toMatch(/asked by RIA Novosti/);
  });
  it('prints {"isBriefing": false} for a page that is not a briefing', () => {
    const f = join(dir, 'news.html');
    writeFileSync(
      f,
      '<!doctype html><html><body><div class="text article-content"><p>The ministry welcomes the outcome.</p></div></body></html>',
    );
    const r = run(f);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ isBriefing: false });
  });
  it.each([
    ['a missing file', () => join(dir, 'nope.html'), /no such file/],
    [
      'an empty file',
      () => {
        const f = join(dir, 'empty.txt');
        writeFileSync(f, '');
        return f;
      },
      /is empty/,
    ],
    [
      'a binary file',
      () => {
        const f = join(dir, 'x.bin');
        writeFileSync(f, Buffer.from([0, 1, 2, 0, 255]));
        return f;
      },
      /binary/,
    ],
    ['no argument', () => '', /usage/],
  ])('rejects %s with a clear message and no stack trace', (_name, make, message) => {
    const f = make();
    const r = f ? run(f) : run();
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });
});
