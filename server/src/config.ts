// The service's settings, from the environment. A bad value stops the start with a message
// naming the variable, rather than running with a guess.
export interface ServiceConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Site origins allowed to post; '*' allows any. Empty: every browser origin is refused. */
  origins: string[];
  adminToken: string | undefined;
  retentionDays: number;
  /** Receipts per client address per minute. */
  ratePerMinute: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
  };
  const origins = (env.CONSENTGATE_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => {
      if (origin === '*') return origin;
      let parsed: URL;
      try {
        parsed = new URL(origin);
      } catch {
        throw new Error(`CONSENTGATE_ORIGINS: "${origin}" is not an origin like https://example.com`);
      }
      if (parsed.origin !== origin.replace(/\/$/, '')) throw new Error(`CONSENTGATE_ORIGINS: "${origin}" must be an origin only (no path)`);
      return parsed.origin;
    });
  const token = env.CONSENTGATE_ADMIN_TOKEN || undefined;
  if (token !== undefined && token.length < 16) throw new Error('CONSENTGATE_ADMIN_TOKEN must be at least 16 characters');
  const url = env.DATABASE_URL || undefined;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres://');
  return {
    port: int('PORT', 8787, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: env.CONSENTGATE_DATA || './.consentgate-data',
    databaseUrl: url,
    origins,
    adminToken: token,
    retentionDays: int('CONSENTGATE_RETENTION_DAYS', 760, 1, 36500),
    ratePerMinute: int('CONSENTGATE_RATE_LIMIT', 120, 1, 10_000_000),
  };
}
