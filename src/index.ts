// The `consentgate` package root: named re-exports only.
export { createConsent, browserEnv, syncAcrossTabs } from './browser';
export { cookieStorage, memoryStorage } from './storage';
export { createGate } from './gate';
export type { Gate } from './gate';
export { validateConfig, readSignals, decodeRecord, encodeRecord } from './core';
export type {
  CategoryConfig,
  ChangeEvent,
  Config,
  ConsentEvents,
  ConsentManager,
  ConsentRecord,
  ConsentState,
  CookieDeclaration,
  CookieOptions,
  DecisionEvent,
  Env,
  ErrorEvent,
  GateOptions,
  GateRule,
  Grant,
  Method,
  Reason,
  Regime,
  ResolvedCategory,
  ResolvedConfig,
  ResolvedService,
  ServiceConfig,
  ServiceState,
  SignalSource,
  Signals,
  StorageAdapter,
  StorageWriteOptions,
  Unsubscribe,
} from './types';
