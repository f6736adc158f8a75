// Token bucket per client: a burst is allowed, a sustained flood is refused with an error
// instead of costing the room validation and resolution work.
export interface RateConfig {
  /** Bucket size: messages accepted back to back. */
  burst: number;
  /** Refill per second. */
  perSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly config: RateConfig, now = Date.now()) {
    this.tokens = config.burst;
    this.last = now;
  }

  take(now = Date.now()): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.config.burst, this.tokens + elapsed * this.config.perSecond);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
