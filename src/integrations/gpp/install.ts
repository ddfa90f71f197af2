import type { Config, ConsentManager } from '../../types';
import { createCmp, type GppFunction } from './cmp';
import { serveFrames } from './frames';
import { readGppSettings } from './options';
import { createUsp } from './usp';

type Report = (message: string, cause?: unknown) => void;
const INSTALLED = Symbol.for('consentgate.gpp');

export interface GppHandle {
  /** Hands the manager over: the stub becomes the loaded CMP. */
  attach(manager: ConsentManager): void;
}

/**
 * Installs `__gpp` (and `__uspapi` when `usp` is set) on this window now, synchronously, with
 * their locator frames. Until a manager is attached the API answers as a stub and queues the rest.
 */
export function installGpp(
  config: Pick<Config, 'gpp' | 'usp'> = {},
  manager?: ConsentManager,
  report: Report = (message, cause) => console.error(message, cause ?? ''),
): GppHandle {
  const w = window as unknown as { __gpp?: GppFunction & { [INSTALLED]?: GppHandle } };
  // Loaded twice: the first CMP stays, as the main bundle does.
  const installed = w.__gpp?.[INSTALLED];
  if (installed) return installed;
  const settings = readGppSettings(config.gpp, config.usp, report);
  const cmp = createCmp(settings, report, w.__gpp);
  w.__gpp = cmp.api;
  serveFrames('__gpp', (call, reply) =>
    w.__gpp!(call.command as string, reply, call.parameter, call.version as string),
  );
  const usp = settings.usp && createUsp(settings.usp);
  const handle: GppHandle = {
    attach(m) {
      try {
        cmp.attach(m);
        if (usp) usp(m);
      } catch (cause) {
        report('consentgate: GPP could not load', cause);
      }
    },
  };
  (cmp.api as { [INSTALLED]?: GppHandle })[INSTALLED] = handle;
  if (manager) handle.attach(manager);
  return handle;
}
