import { afterEach, expect, it, vi } from 'vitest';
import { beforeFrame } from './frame';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

it('runs before the next frame where the browser draws frames', () => {
  const frames: Array<() => void> = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  const run = vi.fn();
  beforeFrame(run);
  expect(run).not.toHaveBeenCalled();
  frames[0]!();
  expect(run).toHaveBeenCalledOnce();
});

it('runs on a timer where there are no frames (jsdom)', () => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', undefined);
  const run = vi.fn();
  beforeFrame(run);
  vi.runAllTimers();
  expect(run).toHaveBeenCalledOnce();
});
