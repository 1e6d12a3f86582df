/**
 * `foi emulator`: runs the local Graph emulator on its own (npm start runs it with the web server).
 */
import type { CliIo } from "../cliCommand";
import { startEmulator } from "../../emulator/server";

export const summary = "run the local Microsoft Graph emulator (SharePoint lists) over HTTPS";

export const usage = `Usage:
  foi emulator [--port 8443] [--data .data/register.json] [--no-seed] [--throttle RATE] [--latency MS]

Serves the part of Graph v1.0 that FOI Desk uses at https://localhost:<port>, with a self-signed
certificate (written to .data/emulator-cert.pem, which 'foi provision|import|export' trust).
Data is kept in the --data file and survives restarts. Unless --no-seed, the register lists are
provisioned on localhost:/sites/foi with invented sample cases. --throttle answers that share of
requests (0–1, half 429 and half 503) with Retry-After; --latency adds a delay to every answer.
Stop it with Ctrl-C.
`;

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const port = Number(flag(argv, "--port") ?? 8443);
  const throttle = Number(flag(argv, "--throttle") ?? 0);
  const latency = Number(flag(argv, "--latency") ?? 0);
  if (
    !Number.isInteger(port) ||
    port < 0 ||
    port > 65535 ||
    !(throttle >= 0 && throttle <= 1) ||
    !(latency >= 0)
  ) {
    io.err(`foi emulator: check --port, --throttle (0–1) and --latency.\n\n${usage}`);
    return 2;
  }
  const emulator = await startEmulator({
    port,
    dataFile: flag(argv, "--data") ?? ".data/register.json",
    seed: !argv.includes("--no-seed"),
    faults: { rate429: throttle / 2, rate503: throttle / 2, latencyMs: latency },
  });
  io.out(`Graph emulator at ${emulator.url} (site localhost:/sites/foi). Ctrl-C stops it.\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await emulator.close();
  io.out("Graph emulator stopped; data saved.\n");
  return 0;
}
