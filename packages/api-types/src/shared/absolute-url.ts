/**
 * `value` parsed, when it is an absolute URL whose scheme `schemes` matches (`http:` or `https:` by default);
 * undefined otherwise. For the twin-chat packages: their one URL check, not meant for apps.
 */
export function absoluteUrl(value: unknown, schemes = /^https?:$/): URL | undefined {
  const url = typeof value === "string" && URL.canParse(value) ? new URL(value) : undefined;
  return url && schemes.test(url.protocol) ? url : undefined;
}
