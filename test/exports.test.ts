// Fixes the public surface of the `consentgate` entry: adding or removing an export is a decision.
import { expect, it } from 'vitest';
import * as consentgate from '../src/index';

it('exports exactly the documented runtime names', () => {
  expect(Object.keys(consentgate).sort()).toEqual([
    'browserEnv',
    'cookieStorage',
    'createConsent',
    'createGate',
    'decodeRecord',
    'encodeRecord',
    'memoryStorage',
    'readSignals',
    'syncAcrossTabs',
    'validateConfig',
  ]);
});
