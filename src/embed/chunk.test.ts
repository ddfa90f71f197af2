import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_EVENT, loadChunk } from './chunk';
import { INTEGRITY } from './integrity';

const scripts = () => [...document.head.querySelectorAll('script')];

afterEach(() => {
  document.head.innerHTML = '';
  for (const key of Object.keys(INTEGRITY)) delete INTEGRITY[key];
  vi.restoreAllMocks();
});

describe('loadChunk', () => {
  it('loads the file from beside consentgate.js with its nonce and pinned hash, and resolves with what the chunk hands over', async () => {
    INTEGRITY['consentgate-ui.js'] = 'sha384-abc';
    const loading = loadChunk<{ ok: number }>('consentgate-ui.js', { base: 'https://cdn.example/cg/', nonce: 'n0nce' });
    const [script] = scripts();
    expect(script!.src).toBe('https://cdn.example/cg/consentgate-ui.js');
    expect(script!.nonce).toBe('n0nce');
    expect(script!.integrity).toBe('sha384-abc');
    // Another origin than the page's: the integrity check needs a CORS fetch.
    expect(script!.crossOrigin).toBe('anonymous');
    script!.dispatchEvent(new CustomEvent(CHUNK_EVENT, { detail: { ok: 1 } }));
    expect(await loading).toEqual({ ok: 1 });
  });

  it('sends no crossorigin for a copy on the page\'s own origin', () => {
    INTEGRITY['consentgate-ui.js'] = 'sha384-abc';
    void loadChunk('consentgate-ui.js', { base: `${location.origin}/js/` });
    expect(scripts()[0]!.hasAttribute('crossorigin')).toBe(false);
  });

  it('retries once, then reports the file in one console error and rejects', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loading = loadChunk('consentgate-ui.js', { base: 'https://cdn.example/cg/' });
    scripts()[0]!.dispatchEvent(new Event('error'));
    expect(scripts()).toHaveLength(1); // the failed element went, the retry took its place
    expect(error).not.toHaveBeenCalled();
    scripts()[0]!.dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow('consentgate-ui.js');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('https://cdn.example/cg/consentgate-ui.js');
  });

  it('rejects a file that ran without handing anything over (not our chunk)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const loading = loadChunk('consentgate-ui.js', { base: 'https://cdn.example/cg/' });
    scripts()[0]!.dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow('consentgate-ui.js');
  });

  it('without an address (an inline copy of the script) loads nothing', async () => {
    await expect(loadChunk('consentgate-ui.js', {})).rejects.toThrow();
    expect(scripts()).toEqual([]);
  });
});
