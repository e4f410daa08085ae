/**
 * The root of every error the twin-chat packages throw: one `instanceof TwinError` check catches them all, and
 * `code` says which kind it is. Codes are stable across releases; each package documents its own.
 */
export class TwinError<Code extends string = string> extends Error {
  override name = "TwinError";

  /**
   * @param code - The stable, machine-readable kind of error, such as `timeout` or `handshake-refused`.
   * @param message - What happened, for a person.
   * @param options - The underlying error, as `cause`.
   */
  constructor(
    readonly code: Code,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
