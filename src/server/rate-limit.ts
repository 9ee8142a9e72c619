import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until a point is free again (for Retry-After and RateLimit-Reset). */
  resetSeconds: number;
}

/**
 * Requests per minute, per key (its own rate, else the default) and per client address for
 * anonymous requests, counted in this instance's memory (rate-limiter-flexible): behind a load
 * balancer each instance allows the rate, which is what "per instance" limits mean.
 */
export class RateLimits {
  private readonly limiters = new Map<number, RateLimiterMemory>();

  constructor(
    private readonly keyRate: number,
    private readonly anonymousRate: number,
  ) {}

  forKey(id: string, ratePerMinute: number | null): Promise<RateVerdict> {
    return this.consume(`key:${id}`, ratePerMinute ?? this.keyRate);
  }

  forAddress(address: string): Promise<RateVerdict> {
    return this.consume(`ip:${address}`, this.anonymousRate);
  }

  private async consume(subject: string, perMinute: number): Promise<RateVerdict> {
    let limiter = this.limiters.get(perMinute);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
      this.limiters.set(perMinute, limiter);
    }
    try {
      const res = await limiter.consume(subject);
      return verdict(true, perMinute, res);
    } catch (rejected) {
      if (rejected instanceof RateLimiterRes) return verdict(false, perMinute, rejected);
      throw rejected;
    }
  }
}

const verdict = (allowed: boolean, limit: number, res: RateLimiterRes): RateVerdict => ({
  allowed,
  limit,
  remaining: Math.max(0, res.remainingPoints),
  resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});
