/**
 * The early frame: on an address that can only be a transcript the sidebar starts loading before
 * segmentation, so its port may arrive before the page half listens — it must wait, not be lost.
 */
import { describe, expect, it, vi } from 'vitest';
import { isTranscriptAddress } from '../../../lib/detect/url';
import { SIDEBAR_PORT, type ToPage } from '../../../lib/messages/frame-messages';
import { holdConnections } from '../../../lib/page/early-frame';
import { acceptSidebar } from '../../../lib/page/frame-channel';
import { fakeOnConnect, fakePort, OUR_ID, SIDEBAR_SENDER } from '../support/fake-port';

describe('holdConnections', () => {
  it('keeps a port that comes before the page half listens and hands it over when it does', () => {
    const source = fakeOnConnect();
    const held = holdConnections(source);
    const early = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    source.connect(early);
    expect(early.disconnected).toBe(false);
    const onOpen = vi.fn();
    const received: ToPage[] = [];
    const channel = acceptSidebar(
      held,
      () => OUR_ID,
      (m) => received.push(m),
      onOpen,
    );
    expect(onOpen).toHaveBeenCalledTimes(1);
    channel.send({ type: 'section', index: 1 });
    expect(early.posted).toEqual([{ type: 'section', index: 1 }]);
    early.deliver({ type: 'ready' });
    expect(received).toEqual([{ type: 'ready' }]);
  });

  it('passes later ports straight to the listeners (nothing held twice)', () => {
    const source = fakeOnConnect();
    const held = holdConnections(source);
    const cb = vi.fn();
    held.addListener(cb);
    const later = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    source.connect(later);
    expect(cb).toHaveBeenCalledTimes(1);
    held.removeListener(cb);
    source.connect(fakePort(SIDEBAR_PORT, SIDEBAR_SENDER));
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('forgets a held port that closed, and on dispose closes what nobody took and stops listening', () => {
    const source = fakeOnConnect();
    const held = holdConnections(source);
    const gone = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    const waiting = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    source.connect(gone);
    source.connect(waiting);
    gone.drop();
    held.dispose();
    expect(waiting.disconnected).toBe(true);
    expect(source.listeners.size).toBe(0);
    const cb = vi.fn();
    held.addListener(cb);
    expect(cb).not.toHaveBeenCalled();
  });
});

describe('isTranscriptAddress', () => {
  it.each([
    ['https://mid.ru/en/press_service/spokesman/briefings/1768563/', true],
    ['https://mid.ru/ru/press_service/minister_speeches/1910001/?lang=en', true],
    ['https://www.mid.ru/en/press_service/spokesman/briefings/-/asset_publisher/D2wHaWMCU6Od/content/id/4833541', true],
    // A news article may be a transcript, but mostly is not: no early frame there.
    ['https://mid.ru/en/foreign_policy/news/1836563/', false],
    // The list of briefings is not one.
    ['https://mid.ru/en/press_service/spokesman/briefings/', false],
    ['https://example.org/en/press_service/spokesman/briefings/1768563/', false],
  ])('%s → %s', (href, expected) => {
    expect(isTranscriptAddress(href)).toBe(expected);
  });
});
