#!/usr/bin/env node
// `npx foi` entry point. It runs the TypeScript command line straight from src/ through tsx, so the
// command works right after `npm ci` in a fresh clone, with no build step.
"use strict";
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
const { main } = require(path.join(__dirname, "..", "src", "cli", "foi.ts"));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `foi: unexpected failure: ${error && error.stack ? error.stack : error}\n`,
    );
    process.exitCode = 70;
  },
);
