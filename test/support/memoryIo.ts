/** An in-memory CliIo for command-line tests: captures output and feeds standard input lines. */
import type { CliIo } from "../../src/cli/cliCommand";

export interface MemoryIo extends CliIo {
  stdout(): string;
  stderr(): string;
}

export function memoryIo(
  input: string[] = [],
  env: Record<string, string | undefined> = {},
): MemoryIo {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    lines: async function* () {
      yield* input;
    },
    cwd: process.cwd(),
    env,
    stdout: () => out,
    stderr: () => err,
  };
}
