/**
 * Reads a user's file for the CLIs: a saved page (.html/.htm) or a transcript (anything else).
 * Fails with an InputError carrying a one-line message for people, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';

export class InputError extends Error {}

export type LoadedInput = { kind: 'text'; path: string; text: string } | { kind: 'html'; path: string; html: string; document: Document };

export function loadInput(path: string | undefined): LoadedInput {
  if (!path) throw new InputError('no input file given');
  let buf: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path} is a folder, not a file`);
    buf = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
  if (buf.length === 0) throw new InputError(`${path} is empty`);
  if (buf.subarray(0, 8192).includes(0)) throw new InputError(`${path} looks like a binary file, not a page or a transcript`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\ufeff/, '');
  if (!text.trim()) throw new InputError(`${path} holds only white space`);
  const ext = extname(path).toLowerCase();
  const looksHtml = ext === '.html' || ext === '.htm' || ext === '.xhtml' || (ext !== '.txt' && /^\s*<(!doctype html|html)/i.test(text));
  if (!looksHtml) return { kind: 'text', path, text };
  return { kind: 'html', path, html: text, document: parseHtml(text) };
}

/** A real DOM in Node. Scripts in the page are never run. */
export function parseHtml(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    } as never,
  });
  const doc = window.document;
  doc.write(html);
  return doc as unknown as Document;
}

/** Runs a CLI body; InputError → one line on stderr and exit 2, anything else → exit 1. */
export async function runCli(name: string, body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`${name}: ${msg}\n`);
    process.exitCode = e instanceof InputError ? 2 : 1;
  }
}
