export { createConsent } from './create-consent';
export { browserEnv } from './env';
export { syncAcrossTabs } from './tab-sync';
export { answerFrames, frameOrigins, inCrossOriginFrame } from './frame-host';
export type { FrameHostOptions } from './frame-host';
