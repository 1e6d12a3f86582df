/**
 * Checks a registration and builds the case it starts: status "new", due dates from the deadline
 * engine (never typed in), the first audit line. Shared by both repositories.
 */
import type { FoiCase } from "../cases/case";
import { fail, succeed, type Result } from "../cases/result";
import { isIsoDate } from "../deadlines";
import type { CaseDeadlines, NewCase, RegisterProblem } from "./caseRepository";

const kinds = ["foi", "eir", "sar", "internal_review"];

export function checkNewCase(input: NewCase): Result<NewCase, RegisterProblem> {
  const invalid = (message: string) => fail<RegisterProblem>({ kind: "invalid", message });
  if (!kinds.includes(input.kind))
    return invalid(
      `'${String(input.kind)}' is not a kind of request (foi, eir, sar or internal_review).`,
    );
  if (!isIsoDate(input.receivedDate))
    return invalid("The date of receipt must be a calendar date written YYYY-MM-DD.");
  if (
    !input.requester ||
    typeof input.requester.name !== "string" ||
    input.requester.name.trim() === ""
  ) {
    return invalid("The requester needs a name (FOIA s8(1)(b)).");
  }
  if (typeof input.requester.email !== "string")
    return invalid("The requester needs an address for correspondence.");
  if (!input.source && !input.registrationKey) {
    return invalid(
      "A registration needs its source email, or a registration key for requests made another way.",
    );
  }
  if (input.source && input.source.internetMessageId.trim() === "")
    return invalid("The source email has no message id.");
  return succeed(input);
}

export function startCase(
  input: NewCase,
  reference: string,
  deadlines: CaseDeadlines,
  actor: string,
  at: string,
): FoiCase {
  const due = deadlines({
    regime: input.regime,
    receivedDate: input.receivedDate,
    clockEvents: [],
  });
  return {
    reference,
    kind: input.kind,
    regime: input.regime,
    status: "new",
    receivedDate: input.receivedDate,
    dueDate: due.dueDate,
    ...(due.extendedDueDate ? { extendedDueDate: due.extendedDueDate } : {}),
    clockEvents: [],
    requester: input.requester,
    summary: input.summary,
    questions: input.questions ?? [],
    ...(input.assignee ? { assignee: input.assignee } : {}),
    ...(input.department ? { department: input.department } : {}),
    exemptions: [],
    links: input.links ?? [],
    ...(input.source ? { source: input.source } : {}),
    audit: [{ at, actor, action: "register" }],
  };
}

/** The case with its due dates recomputed from its clock events. */
export function withDeadlines(c: FoiCase, deadlines: CaseDeadlines): FoiCase {
  const due = deadlines({
    regime: c.regime,
    receivedDate: c.receivedDate,
    clockEvents: c.clockEvents,
  });
  const { extendedDueDate: _old, ...rest } = c;
  return {
    ...rest,
    dueDate: due.dueDate,
    ...(due.extendedDueDate ? { extendedDueDate: due.extendedDueDate } : {}),
  };
}
