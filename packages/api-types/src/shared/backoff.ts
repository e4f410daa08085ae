/**
 * The wait before a retry, in ms: `firstMs` doubled for each retry before this one (`retry` is 0 for the first), at
 * most `maxMs`. For the twin-chat packages: their one exponential backoff, not meant for apps.
 */
export const backoff = (retry: number, firstMs: number, maxMs: number): number => Math.min(maxMs, firstMs * 2 ** retry);
