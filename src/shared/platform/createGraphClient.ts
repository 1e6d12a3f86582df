/**
 * The one place the Microsoft Graph client is assembled: authentication, retry of throttled
 * requests (429/503/504, honouring Retry-After) and the transport, as one middleware chain.
 * Hosts and the CLI call this; nothing else constructs a Client.
 *
 * Retry timing is injectable (`retry.wait`), so tests exercise throttling without waiting.
 * References: graph-client src/middleware/RetryHandler.ts and RetryHandlerOptions.ts (defaults
 * 3 s delay, 3 retries; caps 180 s and 10 retries); AuthenticationHandler only attaches the token
 * to https URLs on Graph hosts or `customHosts` (docs/m365-platform.md §4.7–4.8).
 */
import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from "@microsoft/microsoft-graph-client";

export type FetchFunction = (input: RequestInfo, init?: RequestInit) => Promise<Response>;

export interface RetrySettings {
  /** At most this many retries of one request (the client caps it at 10). Default 5. */
  maxRetries?: number;
  /** Waits the given number of seconds; tests pass one that returns at once. */
  wait?: (seconds: number) => Promise<void>;
  /** Told of each retry (for counters; never log personal data here). */
  onRetry?: (status: number) => void;
}

export interface GraphClientSettings {
  /** e.g. "https://graph.microsoft.com" (default) or "https://localhost:8443" for the emulator. */
  baseUrl?: string;
  /** Returns a bearer token for Graph. */
  token: () => Promise<string>;
  /** Hosts other than Graph's own that may receive the token (the emulator's hostname). */
  customHosts?: Set<string>;
  /** The transport; defaults to the global fetch. Node tests pass one trusting the emulator's certificate. */
  fetch?: FetchFunction;
  retry?: RetrySettings;
}

/** Sends the request with the given fetch (the last link of the chain). */
class FetchTransport implements Middleware {
  constructor(private readonly send: FetchFunction) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.send(context.request, context.options as RequestInit | undefined);
  }
}

/** The graph client's RetryHandler with its sleep replaced by an injectable wait. */
function retryHandler(settings: RetrySettings): RetryHandler {
  const shouldRetry = (
    _delay: number,
    _attempt: number,
    _request: RequestInfo,
    _options: unknown,
    response: Response,
  ): boolean => {
    settings.onRetry?.(response.status);
    return true;
  };
  const handler = new RetryHandler(
    new RetryHandlerOptions(0, Math.min(settings.maxRetries ?? 5, 10), shouldRetry),
  );
  if (settings.wait) {
    // RetryHandler sleeps with setTimeout in a private method; replace it on this instance.
    (handler as unknown as { sleep: (seconds: number) => Promise<void> }).sleep = settings.wait;
  }
  return handler;
}

/** A Graph client with auth, bounded retry and the chosen transport. */
export function createGraphClient(settings: GraphClientSettings): Client {
  const auth = new AuthenticationHandler({ getAccessToken: settings.token });
  const retry = retryHandler(settings.retry ?? {});
  const transport = new FetchTransport(settings.fetch ?? ((input, init) => fetch(input, init)));
  auth.setNext(retry);
  retry.setNext(transport);
  return Client.initWithMiddleware({
    middleware: auth,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    ...(settings.customHosts ? { customHosts: settings.customHosts } : {}),
    defaultVersion: "v1.0",
  });
}
