import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testManager, tick, gateFixture } from './testing';

const t = gateFixture();
beforeEach(t.setup);
afterEach(() => {
  t.teardown();
});

describe('embeds', () => {
  const embed = `<iframe data-consent="social" data-service="youtube" title="Launch video" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>`;

  it('show an accessible placeholder that allows just that service', async () => {
    document.body.innerHTML = embed;
    t.start();
    const box = document.querySelector('.consentgate-placeholder')!;
    expect(box.getAttribute('role')).toBe('group');
    expect(box.getAttribute('aria-label')).toBe('Launch video');
    expect(box.textContent).toContain('Launch video from YouTube (Google Ireland)');
    expect(box.querySelector('[style]')).toBeNull();
    expect(box.querySelector('[data-consentgate="open-preferences"]')!.textContent).toBe('Privacy settings');
    expect(document.querySelector('iframe')!.hidden).toBe(true);
    const allow = box.querySelector<HTMLButtonElement>('.consentgate-placeholder-allow')!;
    expect(allow.textContent).toBe('Allow YouTube');
    allow.click();
    expect(t.consent.getService('youtube')).toBe(true);
    expect(t.consent.getService('vimeo')).toBe(false);
    const frame = document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(frame.hidden).toBe(false);
    expect(document.querySelector('.consentgate-placeholder')).toBeNull();
  });

  it('go back to placeholders on withdrawal, in a fresh iframe', async () => {
    document.body.innerHTML = embed + '<template data-consent="social" data-consent-embed><p id="post">post</p></template>';
    t.start();
    t.consent.acceptAll();
    await tick();
    const live = document.querySelector('iframe')!;
    expect(document.getElementById('post')).not.toBeNull();
    t.consent.set({ social: false });
    const blocked = document.querySelector('iframe')!;
    expect(blocked).not.toBe(live);
    expect(blocked.hasAttribute('src')).toBe(false);
    expect(blocked.getAttribute('data-src')).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(document.getElementById('post')).toBeNull();
    expect(document.querySelectorAll('.consentgate-placeholder')).toHaveLength(2);
  });

  it('treat config strings as text', () => {
    const manager = testManager({
      regime: 'opt-in',
      categories: [{ id: 'social', label: '<img src=x onerror=alert(1)>', services: [{ id: 'yt', name: '<b>YT</b>' }] }],
    });
    document.body.innerHTML = `<iframe data-consent="social" data-src="https://example.org/e"></iframe>`;
    t.start({ texts: { allow: '<i>Allow</i>' } }, manager);
    const box = document.querySelector('.consentgate-placeholder')!;
    expect(box.querySelector('img,b,i')).toBeNull();
    expect(box.textContent).toContain('<i>Allow</i> <img src=x onerror=alert(1)>');
    expect(box.textContent).toContain('Embedded content from example.org');
  });
});
