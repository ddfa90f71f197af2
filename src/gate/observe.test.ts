import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tick, gateFixture } from './testing';

const t = gateFixture();
beforeEach(t.setup);
afterEach(() => t.teardown());

/** Appends `count` plain nodes one by one, the way a feed does: enough for the whole-document pass. */
const feed = (count: number, ...also: Node[]) => {
  const list = document.createElement('div');
  document.body.append(list);
  for (let i = 0; i < count; i++) {
    list.append(document.createElement('span'));
    if (i === count >> 1) list.append(...also);
  }
};

describe('a feed of insertions looked at through the whole document', () => {
  it('runs a declared script that the page took out before its turn once it comes back', async () => {
    t.start();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-consent', 'analytics');
    script.text = t.push('returned');
    document.body.append(script);
    await tick();
    // Queued by the grant, gone when its turn comes: dropped from the queue.
    t.consent.set({ analytics: true });
    script.remove();
    await tick();
    expect(t.ran()).toEqual([]);

    feed(600, script);
    await tick();
    await tick();
    expect(t.ran()).toEqual(['returned']);
  });

  it('gives an embed whose placeholder was dropped while it was away a new one when it comes back', async () => {
    const gate = t.start();
    document.body.innerHTML = '<iframe data-consent="social" data-src="https://player.vimeo.com/video/1"></iframe>';
    await tick();
    const frame = document.querySelector('iframe')!;
    expect(frame.previousElementSibling?.className).toBe('consentgate-placeholder');
    frame.remove();
    gate.apply();
    expect(document.querySelector('.consentgate-placeholder')).toBeNull();

    feed(600, frame);
    await tick();
    expect(frame.previousElementSibling?.className).toBe('consentgate-placeholder');
    expect(frame.hidden).toBe(true);
    expect(frame.hasAttribute('src')).toBe(false);
  });

  it('releases a declared element inserted among elements the gate has looked at already', async () => {
    document.body.innerHTML = '<img data-consent="advertising" data-src="https://example.com/old.gif">';
    t.start();
    t.consent.set({ analytics: true });
    await tick();
    const pixel = document.createElement('img');
    pixel.setAttribute('data-consent', 'analytics');
    pixel.setAttribute('data-src', 'https://example.com/new.gif');
    feed(600, pixel);
    await tick();
    expect(pixel.getAttribute('src')).toBe('https://example.com/new.gif');
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false);
  });
});
