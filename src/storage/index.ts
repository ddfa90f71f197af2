export { cookieStorage } from './cookie';
export { memoryStorage } from './memory';
