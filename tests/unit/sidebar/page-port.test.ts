/** The frame's end of the page channel over a runtime port: validated messages in, sends out. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToFrame } from '../../../lib/messages/frame-messages';
import { portOver } from '../../../lib/sidebar/page-port';
import { fakePort } from '../support/fake-port';

afterEach(() => vi.restoreAllMocks());

describe('portOver', () => {
  it('passes valid messages to every listener until it stops listening', () => {
    const raw = fakePort('bl-sidebar');
    const port = portOver(raw.port);
    const a: ToFrame[] = [];
    const b: ToFrame[] = [];
    const stopA = port.listen((m) => a.push(m));
    port.listen((m) => b.push(m));
    raw.deliver({ type: 'section', index: 2 });
    stopA();
    raw.deliver({ type: 'notes/open', id: 'h1' });
    expect(a).toEqual([{ type: 'section', index: 2 }]);
    expect(b).toEqual([
      { type: 'section', index: 2 },
      { type: 'notes/open', id: 'h1' },
    ]);
  });

  it('drops malformed messages with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const raw = fakePort('bl-sidebar');
    const port = portOver(raw.port);
    const seen: ToFrame[] = [];
    port.listen((m) => seen.push(m));
    raw.deliver({ type: 'section', index: -5 });
    raw.deliver({ type: 'notes/open', id: '' });
    raw.deliver({ type: 'init', briefing: { isBriefing: true }, text: '', pageUrl: '', briefingKey: null, canPaint: true });
    raw.deliver({ type: 'resize', width: 100, done: false, extra: 1 });
    raw.deliver(42);
    expect(seen).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(5);
  });

  it('sends while open, and neither sends nor throws once the page half went away', () => {
    const raw = fakePort('bl-sidebar');
    const port = portOver(raw.port);
    const closed = vi.fn();
    port.onClose(closed);
    port.send({ type: 'ready' });
    raw.drop();
    expect(closed).toHaveBeenCalledTimes(1);
    expect(() => port.send({ type: 'save-page' })).not.toThrow();
    expect(raw.posted).toEqual([{ type: 'ready' }]);
  });

  it('stops sending after a failed post', () => {
    const raw = fakePort('bl-sidebar');
    const post = vi.spyOn(raw.port, 'postMessage').mockImplementation(() => {
      throw new Error('disconnected');
    });
    const port = portOver(raw.port);
    port.send({ type: 'ready' });
    port.send({ type: 'ready' });
    expect(post).toHaveBeenCalledTimes(1);
  });
});
