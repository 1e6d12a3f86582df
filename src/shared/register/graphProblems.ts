/**
 * The one place Graph failures become {@link RegisterProblem}s with messages for people.
 * Messages never include personal data (no names, emails or request text).
 */
import type { RegisterProblem } from "./caseRepository";
import type { GraphFailure } from "./graphRequester";

export function problemFromGraph(failure: GraphFailure, what: string): RegisterProblem {
  const { status } = failure;
  if (status === 412) {
    return {
      kind: "conflict",
      message: `Someone else changed this case while you were working on it. Reload it to see their changes, then make yours again.`,
    };
  }
  if (status === 409) {
    return {
      kind: "duplicate",
      message: `${what}: the register already holds an entry with this reference or message.`,
    };
  }
  if (status === 429 || status === 503 || status === 504) {
    return {
      kind: "throttled",
      message: `SharePoint is busy and asked us to slow down (${what}). Nothing was lost; try again in a minute.`,
      ...(failure.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: failure.retryAfterSeconds }
        : {}),
    };
  }
  if (status === 404) return { kind: "notFound", message: `${what}: not found in the register.` };
  if (
    status === 400 &&
    (/not indexed/i.test(failure.message) || failure.innerCode === "tooManyResources")
  ) {
    return {
      kind: "thresholdExceeded",
      message: `${what}: SharePoint refused a query over its 5,000-item list view threshold. This is a bug in FOI Desk; please report it.`,
    };
  }
  if (status === 401 || status === 403) {
    return {
      kind: "unavailable",
      message: `${what}: you are not allowed to use the register site (sign in again, or ask your administrator for access).`,
    };
  }
  if (status === 400)
    return {
      kind: "invalid",
      message: `${what}: SharePoint rejected the data (${failure.message}).`,
    };
  if (status === 0)
    return {
      kind: "unavailable",
      message: `${what}: could not reach SharePoint (${failure.message}).`,
    };
  return {
    kind: "unavailable",
    message: `${what}: SharePoint answered ${status} (${failure.code}). Try again shortly.`,
  };
}
