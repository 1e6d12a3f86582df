/**
 * Errors shaped the way Microsoft Graph shapes them:
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`
 * (https://learn.microsoft.com/graph/errors). The graph client turns these into GraphError with
 * `statusCode` and `code` taken from the body.
 */
import { randomUUID } from "node:crypto";

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export function graphError(
  status: number,
  code: string,
  message: string,
  extra: { headers?: Record<string, string>; innerCode?: string } = {},
): EmulatorResponse {
  const requestId = randomUUID();
  return {
    status,
    headers: {
      "content-type": "application/json",
      "request-id": requestId,
      ...(extra.headers ?? {}),
    },
    body: {
      error: {
        code,
        message,
        innerError: {
          ...(extra.innerCode ? { code: extra.innerCode } : {}),
          date: new Date().toISOString().slice(0, 19),
          "request-id": requestId,
          "client-request-id": requestId,
        },
      },
    },
  };
}

/** Thrown inside handlers to answer with a Graph-shaped error; caught once by the dispatcher. */
export class GraphFailure extends Error {
  constructor(readonly response: EmulatorResponse) {
    super(`graph error ${response.status}`);
  }
}

export function failWith(status: number, code: string, message: string, innerCode?: string): never {
  throw new GraphFailure(graphError(status, code, message, innerCode ? { innerCode } : {}));
}

export const badRequest = (message: string): never => failWith(400, "invalidRequest", message);
export const notFound = (message: string): never => failWith(404, "itemNotFound", message);
