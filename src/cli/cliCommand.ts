/** What every `foi` sub-command module exports, and the I/O it is given. */

/** The streams and environment a command works with; tests pass in-memory ones. */
export interface CliIo {
  /** Writes to standard output (no newline is added). */
  out(text: string): void;
  /** Writes to standard error (no newline is added). */
  err(text: string): void;
  /** Standard input, read as text lines (used by batch modes). */
  lines(): AsyncIterable<string>;
  /** The working directory that relative file arguments are resolved against. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * A module in src/cli/commands/ named after its command (e.g. `deadline.ts` for `foi deadline`).
 * The dispatcher discovers modules in that folder, so adding a command edits no shared file.
 */
export interface CliCommand {
  /** One line for `foi --help`. */
  summary: string;
  /** The full usage text for `foi <command> --help`. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
