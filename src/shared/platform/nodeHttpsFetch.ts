/**
 * A fetch for Node that trusts a given certificate authority: how the CLI, tests and benchmarks
 * talk to the emulator's self-signed HTTPS without turning certificate checks off. Node only
 * (imports node:https); browser hosts use the global fetch.
 */
import { Agent, request } from "node:https";
import type { FetchFunction } from "./createGraphClient";

export function nodeHttpsFetch(options: { ca?: string; maxSockets?: number } = {}): FetchFunction {
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.maxSockets ?? 32,
    ...(options.ca ? { ca: options.ca } : {}),
  });
  const send = (
    url: string,
    init: RequestInit | undefined,
    retriedReset: boolean,
  ): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const headers = new Headers(init?.headers);
      const outgoing: Record<string, string> = {};
      headers.forEach((value, key) => {
        outgoing[key] = value;
      });
      const body = init?.body;
      if (body !== undefined && body !== null && typeof body !== "string") {
        reject(new TypeError("nodeHttpsFetch sends string bodies only"));
        return;
      }
      if (typeof body === "string") outgoing["content-length"] = String(Buffer.byteLength(body));
      const req = request(
        url,
        { method: init?.method ?? "GET", headers: outgoing, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const responseHeaders = new Headers();
            for (const [key, value] of Object.entries(res.headers)) {
              if (typeof value === "string") responseHeaders.set(key, value);
              else if (Array.isArray(value)) responseHeaders.set(key, value.join(", "));
            }
            const status = res.statusCode ?? 500;
            const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            resolve(
              new Response(payload, {
                status,
                statusText: res.statusMessage ?? "",
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      req.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server had just closed: the request never reached it, so send
        // it once more on a fresh socket (the pattern Node's http documentation recommends).
        if (req.reusedSocket && error.code === "ECONNRESET" && !retriedReset) {
          send(url, init, true).then(resolve, reject);
          return;
        }
        reject(error);
      });
      if (typeof body === "string") req.write(body);
      req.end();
    });
  return (input, init) =>
    send(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      init,
      false,
    );
}
