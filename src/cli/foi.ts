/**
 * `foi`: the FOI Desk command line. Each sub-command is a module in ./commands, discovered at run
 * time, exporting the {@link CliCommand} shape. This file only dispatches.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { CliCommand, CliIo } from "./cliCommand";

const commandsFolder = join(__dirname, "commands");

function commandNames(): string[] {
  return readdirSync(commandsFolder)
    .filter((file) => /^[a-z][a-z-]*\.ts$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => file.replace(/\.ts$/, ""))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand> {
  // require, not import(): the command line runs through tsx's CommonJS hook (bin/foi.js).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(join(commandsFolder, `${name}.ts`)) as Partial<CliCommand>;
  if (typeof loaded.run !== "function" || typeof loaded.summary !== "string") {
    throw new Error(`command module '${name}' does not export summary and run`);
  }
  return loaded as CliCommand;
}

/** The process's own streams, as a {@link CliIo}. */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    cwd: process.cwd(),
    env: process.env,
  };
}

async function helpText(): Promise<string> {
  const rows: string[] = [];
  for (const name of commandNames()) {
    const command = await loadCommand(name);
    rows.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  return [
    "FOI Desk command line",
    "",
    "Usage: foi <command> [options]",
    "",
    "Commands:",
    ...rows,
    "",
    "Run 'foi <command> --help' for a command's options.",
    "",
  ].join("\n");
}

/** Runs `foi` with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(await helpText());
    return name === undefined ? 2 : 0;
  }
  if (!commandNames().includes(name)) {
    io.err(`foi: unknown command '${name}'.\n\n${await helpText()}`);
    return 2;
  }
  const command = await loadCommand(name);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  return command.run(rest, io);
}
