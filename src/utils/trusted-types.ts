// Trusted Types (`require-trusted-types-for 'script'`): the few script sinks we write go through
// one policy named `consentgate`, which the site allows with `trusted-types consentgate`. It only
// passes values on: what it is given is what the site itself declared (a gated script's `src`, a
// language file beside our own script), never text from a visitor.

/** The policy's methods; each returns a value the sink accepts (a plain string without Trusted Types). */
export interface Trusted {
  _script(text: string): string;
  _scriptUrl(url: string): string;
  _html(html: string): string;
}

interface Factory {
  createPolicy(name: string, rules: Record<string, (input: string) => string>): {
    createScript(input: string): unknown;
    createScriptURL(input: string): unknown;
    createHTML(input: string): unknown;
  };
}

// A browser allows one policy per name and page (without 'allow-duplicates'), so the policy is
// kept on the window under a registry symbol, not in module state: every gate and UI instance,
// and a second build of the bundle on the same page, share it.
const POLICY = Symbol.for('consentgate.trustedTypes');

const plain: Trusted = { _script: (s) => s, _scriptUrl: (s) => s, _html: (s) => s };

/** The page's `consentgate` policy, created on first use; plain strings where there is none. */
export function trusted(win: (Window & { [POLICY]?: Trusted }) | null | undefined): Trusted {
  if (!win) return plain;
  if (!win[POLICY]) {
    const factory = (win as { trustedTypes?: Factory }).trustedTypes;
    let made = plain;
    try {
      if (factory) {
        const pass = (input: string) => input;
        const policy = factory.createPolicy('consentgate', { createScript: pass, createScriptURL: pass, createHTML: pass });
        made = {
          _script: (s) => policy.createScript(s) as string,
          _scriptUrl: (s) => policy.createScriptURL(s) as string,
          _html: (s) => policy.createHTML(s) as string,
        };
      }
    } catch {
      // The site's `trusted-types` directive does not name us: strings, which it may refuse.
    }
    win[POLICY] = made;
  }
  return win[POLICY]!;
}
