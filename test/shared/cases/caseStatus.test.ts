import {
  caseStatuses,
  caseTransitions,
  eventsFrom,
  isCaseStatus,
} from "../../../src/shared/cases/caseStatus";
import type { CaseStatus } from "../../../src/shared/cases/case";

describe("the case workflow table", () => {
  test("every status can be reached from 'new', so no status is dead weight", () => {
    const reached = new Set<CaseStatus>(["new"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const row of caseTransitions) {
        if (row.from.some((s) => reached.has(s)) && !reached.has(row.to)) {
          reached.add(row.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...caseStatuses].sort());
  });

  test("no event is listed twice for the same status, so every move is unambiguous", () => {
    const seen = new Set<string>();
    for (const row of caseTransitions) {
      for (const from of row.from) {
        const key = `${row.event}@${from}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  test("every status named in the table is a real status", () => {
    for (const row of caseTransitions) {
      expect(isCaseStatus(row.to)).toBe(true);
      for (const from of row.from) expect(isCaseStatus(from)).toBe(true);
    }
  });

  test("a closed case can only be reopened or taken to the Commissioner", () => {
    expect(eventsFrom("closed").sort()).toEqual(["complain_to_commissioner", "reopen"]);
  });

  test("a new case can be acknowledged, clarified, put on hold, worked, answered, withdrawn or transferred", () => {
    expect(eventsFrom("new")).toEqual(
      expect.arrayContaining([
        "acknowledge",
        "request_clarification",
        "issue_fee_notice",
        "start_work",
        "respond",
        "withdraw",
        "transfer",
      ]),
    );
  });
});
