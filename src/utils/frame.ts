/**
 * Runs `run` just before the browser draws its next frame; on a timer where there are no
 * frames to wait for (jsdom and other DOMs without a renderer), so that nothing stalls there.
 */
export const beforeFrame = (run: () => void): void => void (self.requestAnimationFrame ?? setTimeout)(run);
