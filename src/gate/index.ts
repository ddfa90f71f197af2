// The gate's one door.
export { createGate } from './gate';
export type { Gate } from './gate';
