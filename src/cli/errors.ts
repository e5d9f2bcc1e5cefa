/** An error meant for the person at the terminal: printed as one line, exit code 1 (or `code`). */
export class CliError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}
