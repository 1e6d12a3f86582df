#!/usr/bin/env node
// `npm start`: the development server for both pages, plus the Graph emulator when it exists.
//
// - Serves taskpane.html and tab.html from memory with webpack-dev-server (no build ahead), over
//   HTTPS on https://localhost:3000 with the office-addin-dev-certs certificates, or over HTTP on
//   http://localhost:3000 when no certificate can be made (fine in a browser; Outlook and Teams
//   need HTTPS).
// - If src/emulator/server.ts exists, starts the Graph emulator on port 8443 with the same
//   certificate, its data in .data/register.json, seeded with example cases.
// - Ctrl-C stops both.
//
//   npm start              HTTPS when possible
//   npm start -- --http    plain HTTP (e.g. to look at the pages in a browser without a certificate)
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");
const { devCertificates } = require("./devCertificates");

const root = path.join(__dirname, "..");
const port = Number(process.env.PORT || 3000);
const emulatorPort = 8443;
const emulatorSource = path.join(root, "src", "emulator", "server.ts");

const say = (line) => console.log(`[foi-desk] ${line}`);

async function startEmulator(certificates) {
  if (!fs.existsSync(emulatorSource)) {
    say("Graph emulator: not started (src/emulator/server.ts is not in this checkout).");
    return undefined;
  }
  try {
    require("tsx/cjs/api").register();
    // The emulator may also use import() (e.g. for its seed data); that goes through Node's ESM
    // loader, which needs tsx's ESM hooks to find .ts files.
    (await import("tsx/esm/api")).register();
    const { startEmulator: start } = require(emulatorSource);
    if (typeof start !== "function")
      throw new Error("src/emulator/server.ts has no startEmulator()");
    const emulator = await start({
      port: emulatorPort,
      // The certificate chain (localhost certificate, then the CA that signed it): the emulator
      // trusts its `cert` as a CA for its own clients, which works only if the CA is in it.
      tls: certificates
        ? {
            key: certificates.key,
            cert: `${certificates.cert.trim()}\n${certificates.ca.trim()}\n`,
          }
        : undefined,
      dataFile: ".data/register.json",
      seed: true,
    });
    say(`Graph emulator:  ${emulator.url}  (data in .data/register.json)`);
    return emulator;
  } catch (error) {
    say(`Graph emulator: failed to start, the pages still work. ${error && error.message}`);
    return undefined;
  }
}

async function main() {
  process.chdir(root);
  const plainHttp = process.argv.includes("--http");
  const certificates = plainHttp ? null : await devCertificates({ log: say });
  if (plainHttp) {
    say("Serving over plain HTTP (--http). Outlook and Teams need HTTPS.");
  } else if (!certificates) {
    say("No development certificate could be made, so serving over plain HTTP.");
    say("Pages work in a browser; Outlook and Teams will not load them without HTTPS.");
  } else if (!certificates.trusted) {
    say(`HTTPS with a certificate your system does not trust yet: ${certificates.problem}.`);
    say("Browsers will warn. To trust it, add this CA to your browser or system:");
    say(`  ${path.join(require("node:os").homedir(), ".office-addin-dev-certs", "ca.crt")}`);
  }

  const config = makeConfig({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      setupExitSignals: false, // Ctrl-C is handled below, to stop the emulator too
      server: certificates
        ? {
            type: "https",
            options: { key: certificates.key, cert: certificates.cert, ca: certificates.ca },
          }
        : { type: "http" },
    },
    compiler,
  );
  await server.start();
  const base = `${certificates ? "https" : "http"}://localhost:${port}/`;
  say(`Outlook task pane: ${base}taskpane.html`);
  say(`Teams tab:         ${base}tab.html`);
  say(`App manifest:      ${base}manifest.json`);

  const emulator = await startEmulator(certificates);
  say("Press Ctrl-C to stop.");

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) process.exit(1); // a second Ctrl-C: stop now
    stopping = true;
    say(`Stopping (${signal})…`);
    const results = await Promise.allSettled([
      emulator ? emulator.close() : Promise.resolve(),
      server.stop(),
    ]);
    for (const result of results) {
      if (result.status === "rejected") say(`While stopping: ${result.reason}`);
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(`[foi-desk] Could not start: ${(error && error.stack) || error}`);
  process.exit(1);
});
