/**
 * A minutes file that could not be read. The message names the file and what could not be read
 * (`minutes.pdf: not a PDF (no %PDF header)`), so the CLI can print it as it is.
 */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
    this.name = 'ReadError';
  }
}

/** The message of anything thrown by a parser, for the reason of a ReadError. */
export function describeCause(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
