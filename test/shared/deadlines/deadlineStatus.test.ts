import { deadlineStatus, dueDate, parseIsoDate } from "../../../src/shared/deadlines";

const d = parseIsoDate;
const t1 = dueDate({ regime: "foi", received: d("2026-03-06") }); // due Wed 8 Apr 2026

describe("where a request stands on a given day", () => {
  test("on the first working day the request is on track with 19 working days left", () => {
    expect(deadlineStatus(t1, d("2026-03-09"))).toEqual({
      status: "on_track",
      workingDaysElapsed: 1,
      workingDaysRemaining: 19,
    });
  });
  test("five working days before the due date it is due soon", () => {
    // Wed 1 Apr: 2, (3 Good Friday), (6 Easter Monday), 7, 8 → 3 working days left.
    expect(deadlineStatus(t1, d("2026-04-01"))).toMatchObject({
      status: "due_soon",
      workingDaysRemaining: 3,
    });
    expect(deadlineStatus(t1, d("2026-03-30"))).toMatchObject({
      status: "due_soon",
      workingDaysRemaining: 5,
    });
    expect(deadlineStatus(t1, d("2026-03-27"))).toMatchObject({
      status: "on_track",
      workingDaysRemaining: 6,
    });
  });
  test("on the due date itself it is due today, not overdue", () => {
    expect(deadlineStatus(t1, d("2026-04-08"))).toEqual({
      status: "due_today",
      workingDaysElapsed: 20,
      workingDaysRemaining: 0,
    });
  });
  test("from the day after the due date it is overdue, counted in working days", () => {
    expect(deadlineStatus(t1, d("2026-04-09"))).toMatchObject({
      status: "overdue",
      workingDaysRemaining: -1,
    });
    expect(deadlineStatus(t1, d("2026-04-13"))).toMatchObject({
      status: "overdue",
      workingDaysRemaining: -3,
    });
  });
  test("an extended case is judged against its extended date", () => {
    const extended = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [{ type: "extension", date: d("2026-04-01") }],
    });
    expect(deadlineStatus(extended, d("2026-04-09")).status).toBe("on_track");
  });
  test("a case awaiting clarification is stopped; an unpaid fee lapses after the last day to pay", () => {
    const stopped = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [{ type: "clarification_requested", date: d("2026-03-09") }],
    });
    expect(deadlineStatus(stopped, d("2026-05-01")).status).toBe("stopped");
    const unpaid = dueDate({
      regime: "foi",
      received: d("2026-06-01"),
      events: [{ type: "fee_notice", date: d("2026-06-05") }],
    });
    expect(deadlineStatus(unpaid, d("2026-09-04")).status).toBe("stopped");
    expect(deadlineStatus(unpaid, d("2026-09-05")).status).toBe("lapsed");
  });
  test("working days elapsed leave out the days a fee was outstanding", () => {
    const paid = dueDate({
      regime: "foi",
      received: d("2026-06-01"),
      events: [
        { type: "fee_notice", date: d("2026-06-05") },
        { type: "fee_paid", date: d("2026-06-15") },
      ],
    });
    // 2, 3, 4 Jun, then 16, 17 Jun: 5 working days counted by Wed 17 Jun.
    expect(deadlineStatus(paid, d("2026-06-17")).workingDaysElapsed).toBe(5);
  });
});
