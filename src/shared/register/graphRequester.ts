/**
 * The narrow door between the register and Microsoft Graph: relative or absolute (nextLink)
 * URLs in, JSON or a {@link GraphFailure} value out. The Graph implementation wraps the graph
 * client (and so its retry middleware); tests may pass any other implementation.
 */
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";

export interface GraphFailure {
  status: number;
  code: string;
  innerCode?: string;
  message: string;
  retryAfterSeconds?: number;
}

export type GraphAnswer<T> = { ok: true; body: T } | { ok: false; failure: GraphFailure };

export interface GraphRequester {
  get<T>(url: string, headers?: Record<string, string>): Promise<GraphAnswer<T>>;
  post<T>(url: string, body: unknown, headers?: Record<string, string>): Promise<GraphAnswer<T>>;
  patch<T>(url: string, body: unknown, headers?: Record<string, string>): Promise<GraphAnswer<T>>;
  delete(url: string, headers?: Record<string, string>): Promise<GraphAnswer<null>>;
}

function failureOf(error: unknown): GraphFailure {
  if (error instanceof GraphError) {
    let innerCode: string | undefined;
    try {
      const parsed = JSON.parse(String(error.body)) as { innerError?: { code?: string } };
      innerCode = parsed.innerError?.code;
    } catch {
      innerCode = undefined;
    }
    const retryAfter = Number(error.headers?.get("retry-after") ?? NaN);
    return {
      // The client reports -1 when no HTTP answer arrived at all.
      status: error.statusCode > 0 ? error.statusCode : 0,
      code: error.code ?? "unknown",
      message: error.message,
      ...(innerCode ? { innerCode } : {}),
      ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
    };
  }
  return {
    status: 0,
    code: "networkError",
    message: error instanceof Error ? error.message : String(error),
  };
}

/** A {@link GraphRequester} over a graph client made by createGraphClient. */
export function graphClientRequester(client: Client): GraphRequester {
  const run = async <T>(call: () => Promise<unknown>): Promise<GraphAnswer<T>> => {
    try {
      return { ok: true, body: (await call()) as T };
    } catch (error) {
      return { ok: false, failure: failureOf(error) };
    }
  };
  return {
    get: (url, headers = {}) => run(() => client.api(url).headers(headers).get()),
    post: (url, body, headers = {}) => run(() => client.api(url).headers(headers).post(body)),
    patch: (url, body, headers = {}) => run(() => client.api(url).headers(headers).patch(body)),
    delete: (url, headers = {}) =>
      run(async () => (await client.api(url).headers(headers).delete()) ?? null),
  };
}
