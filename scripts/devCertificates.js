// Certificates for serving https://localhost during development, made by Microsoft's
// office-addin-dev-certs: a development CA plus a localhost certificate signed by it, kept in
// ~/.office-addin-dev-certs. Outlook only loads add-ins over HTTPS, and the Graph client only sends
// tokens to https:// hosts, so the dev server (scripts/start.js) and the Graph emulator both use
// this one pair, and a browser that trusts the CA trusts both.
//
// Installing the CA in the system's trust store needs admin rights (sudo on Linux). When that is
// not possible (CI, no sudo, not a terminal) the certificates are still returned, marked
// `trusted: false`: browsers will warn until the CA (the `ca` PEM) is trusted by hand. Returns
// null only when no certificate can be made at all; it never throws.
"use strict";
const fs = require("node:fs");
const { X509Certificate } = require("node:crypto");

/**
 * @typedef {object} DevCertificates
 * @property {string} key   PEM private key of the localhost certificate
 * @property {string} cert  PEM localhost certificate (for localhost and 127.0.0.1)
 * @property {string} ca    PEM certificate of the development CA that signed it
 * @property {string} source  where the pair came from, for people
 * @property {boolean} trusted  whether the CA was installed in the system's trust store
 * @property {string} [problem]  why it is not trusted, when it is not
 */

const firstLine = (error) =>
  String((error && error.message) || error)
    .split("\n")
    .find((line) => line.trim() !== "") || "unknown error";

const canUseAdminRights = () =>
  (typeof process.getuid === "function" && process.getuid() === 0) ||
  (process.platform !== "linux" && process.platform !== "darwin") ||
  (Boolean(process.stdin.isTTY) && !process.env.CI);

function readPair(defaults) {
  const cert = fs.readFileSync(defaults.localhostCertificatePath, "utf8");
  const key = fs.readFileSync(defaults.localhostKeyPath, "utf8");
  const ca = fs.readFileSync(defaults.caCertificatePath, "utf8");
  const expires = new Date(new X509Certificate(cert).validTo);
  if (!(expires.getTime() > Date.now() + 60 * 60 * 1000)) throw new Error("certificate expired");
  return { key, cert, ca };
}

/**
 * Makes (or reuses) the development certificates.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<DevCertificates | null>}
 */
async function devCertificates(options = {}) {
  const log = options.log || (() => undefined);
  let devCerts;
  let defaults;
  try {
    devCerts = require("office-addin-dev-certs");
    defaults = require("office-addin-dev-certs/lib/defaults");
  } catch (error) {
    log(`office-addin-dev-certs is not available: ${firstLine(error)}`);
    return null;
  }

  let problem;
  if (canUseAdminRights()) {
    try {
      // Creates the CA and certificate if needed and installs the CA (may ask for a password).
      const https = await devCerts.getHttpsServerOptions();
      return {
        key: String(https.key),
        cert: String(https.cert),
        ca: String(https.ca),
        source: `office-addin-dev-certs (${defaults.certificateDirectory})`,
        trusted: true,
      };
    } catch (error) {
      problem = `the development CA could not be installed: ${firstLine(error)}`;
    }
  } else {
    problem = "installing the development CA needs sudo, and this is not an interactive terminal";
  }

  // Fall back to the same certificates without trusting the CA: generate them if missing or old.
  try {
    try {
      return withSource(readPair(defaults), defaults, problem);
    } catch {
      devCerts.deleteCertificateFiles(defaults.certificateDirectory);
      await devCerts.generateCertificates();
      return withSource(readPair(defaults), defaults, problem);
    }
  } catch (error) {
    log(`No development certificate could be made: ${firstLine(error)}`);
    return null;
  }
}

function withSource(pair, defaults, problem) {
  return {
    ...pair,
    source: `office-addin-dev-certs, CA not trusted (${defaults.certificateDirectory})`,
    trusted: false,
    problem,
  };
}

module.exports = { devCertificates };
