export { cookieStorage } from './cookie';
export { memoryStorage } from './memory';
export { frameStorage } from './frame';
export type { FrameStorage } from './frame';
