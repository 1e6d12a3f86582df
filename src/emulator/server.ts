/**
 * A local stand-in for the part of Microsoft Graph v1.0 that FOI Desk uses (SharePoint sites,
 * lists, columns, items, delta and $batch), served over HTTPS so that the graph client attaches
 * tokens and follows nextLinks exactly as it does against graph.microsoft.com (the client only
 * recognises https URLs and only sends the token to hosts in `customHosts`).
 *
 * Start it with `npx foi emulator` or `npm start`; tests start it on port 0.
 */
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { graphError, GraphFailure, type EmulatorResponse } from "./graphErrors";
import { GraphRoutes, type EmulatorRequest } from "./graphRoutes";
import { ListStore } from "./listStore";
import { generate } from "selfsigned";
import { batchResponse } from "./batchRoute";
import { seedEmulator } from "./seedEmulator";

export interface EmulatorFaults {
  /** Share of requests (0–1) answered 429 Too Many Requests with Retry-After. */
  rate429?: number;
  /** Share of requests (0–1) answered 503 Service Unavailable with Retry-After. */
  rate503?: number;
  /** Added before each answer, in milliseconds. */
  latencyMs?: number;
  /** The Retry-After value sent with injected faults, in seconds (default 1). */
  retryAfterSeconds?: number;
}

export interface EmulatorOptions {
  port?: number;
  host?: string;
  tls?: { key: string; cert: string };
  dataFile?: string;
  seed?: boolean;
  faults?: EmulatorFaults;
  /** Answer 401 to requests without a bearer token, as Graph does (default true). */
  requireToken?: boolean;
  /** Random numbers for fault injection (tests pass a seeded one). */
  random?: () => number;
  /** fsync every journal append (default true). */
  fsync?: boolean;
  /** Deleted items remembered for delta before old tokens go stale (default 5,000). */
  tombstoneLimit?: number;
}

export interface RunningEmulator {
  /** e.g. https://localhost:8443 — use as the graph client's baseUrl (with customHosts). */
  url: string;
  /** The certificate the server presents; trust it as a CA in Node clients. */
  cert: string;
  /** Counters for tests and benchmarks. */
  stats: { requests: number; faults: number };
  /** The data behind the emulator (bench and tests seed large lists through it). */
  store: ListStore;
  close(): Promise<void>;
}

async function selfSignedCertificate(host: string): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          ...(host !== "localhost" && host !== "127.0.0.1"
            ? [{ type: 2 as const, value: host }]
            : []),
        ],
      },
    ],
  } as Parameters<typeof generate>[1]);
  return { key: pems.private, cert: pems.cert };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function lowerHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (typeof value === "string") out[key.toLowerCase()] = value;
    else if (Array.isArray(value)) out[key.toLowerCase()] = value.join(", ");
  }
  return out;
}

/** Starts the emulator; resolves once it is listening. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "localhost";
  const tls = options.tls ?? (await selfSignedCertificate(host));
  const store = new ListStore({
    ...(options.dataFile ? { dataFile: options.dataFile } : {}),
    ...(options.fsync !== undefined ? { fsync: options.fsync } : {}),
    ...(options.tombstoneLimit !== undefined ? { tombstoneLimit: options.tombstoneLimit } : {}),
  });
  const faults = options.faults ?? {};
  const random = options.random ?? Math.random;
  const stats = { requests: 0, faults: 0 };
  let url = "";
  const routes = new GraphRoutes(store, () => url);

  /** A throttling answer, or undefined to go ahead (applied to each request, inside $batch too). */
  const injectedFault = (): EmulatorResponse | undefined => {
    const roll = random();
    const retryAfter = String(faults.retryAfterSeconds ?? 1);
    if (roll < (faults.rate429 ?? 0)) {
      stats.faults += 1;
      return graphError(
        429,
        "tooManyRequests",
        "Too many requests; retry after the time in Retry-After.",
        {
          headers: { "retry-after": retryAfter },
        },
      );
    }
    if (roll < (faults.rate429 ?? 0) + (faults.rate503 ?? 0)) {
      stats.faults += 1;
      return graphError(
        503,
        "serviceNotAvailable",
        "The service is busy; retry after the time in Retry-After.",
        {
          headers: { "retry-after": retryAfter },
        },
      );
    }
    return undefined;
  };

  const dispatch = (request: EmulatorRequest): EmulatorResponse => {
    const fault = injectedFault();
    if (fault) return fault;
    try {
      return routes.handle(request);
    } catch (error) {
      if (error instanceof GraphFailure) return error.response;
      return graphError(500, "generalException", "The emulator failed to handle the request.");
    }
  };

  const send = (response: ServerResponse, answer: EmulatorResponse): void => {
    const body = answer.body === undefined ? "" : JSON.stringify(answer.body);
    response.writeHead(answer.status, {
      ...answer.headers,
      ...(body ? { "content-length": Buffer.byteLength(body) } : {}),
    });
    response.end(body);
  };

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    void (async () => {
      stats.requests += 1;
      const text = await readBody(request);
      if (faults.latencyMs) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
      const headers = lowerHeaders(request.headers);
      const parsed = new URL(request.url ?? "/", "https://emulator.invalid");
      if (!parsed.pathname.startsWith("/v1.0/")) {
        return send(response, graphError(400, "BadRequest", "Invalid version: use /v1.0/."));
      }
      if (options.requireToken !== false && !/^Bearer \S+/.test(headers.authorization ?? "")) {
        return send(
          response,
          graphError(401, "InvalidAuthenticationToken", "Access token is empty."),
        );
      }
      let body: unknown;
      if (text.length > 0) {
        try {
          body = JSON.parse(text);
        } catch {
          return send(
            response,
            graphError(400, "BadRequest", "Unable to read JSON request payload."),
          );
        }
      }
      const path = parsed.pathname.slice("/v1.0".length);
      if (path === "/$batch" && request.method === "POST") {
        const outerFault = injectedFault();
        if (outerFault) return send(response, outerFault);
        return send(response, batchResponse(body, headers, dispatch));
      }
      send(
        response,
        dispatch({
          method: request.method ?? "GET",
          path,
          query: parsed.searchParams,
          headers,
          body,
        }),
      );
    })().catch(() => {
      send(
        response,
        graphError(500, "generalException", "The emulator failed to handle the request."),
      );
    });
  });

  // Longer than clients keep idle sockets, so the server is not the one to close a reused socket.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host === "localhost" ? "127.0.0.1" : host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  url = `https://${host === "127.0.0.1" ? "localhost" : host}:${port}`;

  const running: RunningEmulator = {
    url,
    cert: tls.cert,
    stats,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          try {
            store.close();
          } catch (closeError) {
            reject(closeError);
            return;
          }
          if (error) reject(error);
          else resolve();
        });
      }),
  };
  if (options.dataFile) {
    // The certificate (public part only) beside the data, so `npx foi …` can trust this emulator.
    writeFileSync(join(dirname(options.dataFile), "emulator-cert.pem"), tls.cert);
  }
  if (options.seed) {
    await seedEmulator(running);
  }
  return running;
}
