/**
 * The statutory due dates. Each expected date was counted by hand on the 2026–2028 calendar with
 * the gov.uk bank holiday list, and each test says why it is right. T1–T14 are the worked
 * examples in docs/foi-rules.md.
 */
import {
  dueDate,
  parseIsoDate,
  type ClockEvent,
  type DeadlineRequest,
} from "../../../src/shared/deadlines";

const d = parseIsoDate;

function due(request: Omit<DeadlineRequest, "received"> & { received: string }): string | null {
  return dueDate({ ...request, received: d(request.received) }).due;
}

function event(type: ClockEvent["type"], date: string, workingDays?: number): ClockEvent {
  return workingDays === undefined ? { type, date: d(date) } : { type, date: d(date), workingDays };
}

describe("FOIA s10(1): 20 working days following the date of receipt, all-UK holidays (s10(6))", () => {
  test("T1: Fri 6 Mar 2026 is due Wed 8 Apr 2026, because St Patrick's Day (NI), Good Friday and Easter Monday are skipped", () => {
    const deadline = dueDate({ regime: "foi", received: d("2026-03-06") });
    expect(deadline.due).toBe("2026-04-08");
    // An England-and-Wales-only calendar would give Tue 7 Apr: St Patrick's Day must be skipped.
    expect(deadline.skipped.map((holiday) => holiday.date)).toEqual([
      "2026-03-17",
      "2026-04-03",
      "2026-04-06",
    ]);
    expect(deadline.explanation).toContain(
      "20 working days from Fri 6 Mar 2026 (FOIA s10(1)); skips Tue 17 Mar (St Patrick's Day, Northern Ireland), Fri 3 Apr, Mon 6 Apr",
    );
  });

  test("T2: a request received on Sat 7 Mar or Sun 8 Mar 2026 shares Friday's deadline, because day one is the first working day after receipt", () => {
    expect(due({ regime: "foi", received: "2026-03-07" })).toBe("2026-04-08");
    expect(due({ regime: "foi", received: "2026-03-08" })).toBe("2026-04-08");
  });

  test("T3: Mon 14 Dec 2026 is due Fri 15 Jan 2027, skipping Christmas, the Boxing Day substitute, New Year and Scotland's 2 January substitute (Mon 4 Jan)", () => {
    const deadline = dueDate({ regime: "foi", received: d("2026-12-14") });
    expect(deadline.due).toBe("2027-01-15");
    expect(deadline.skipped.map((holiday) => holiday.date)).toEqual([
      "2026-12-25",
      "2026-12-28",
      "2027-01-01",
      "2027-01-04",
    ]);
  });

  test("T4: Wed 1 Jul 2026 is due Thu 30 Jul 2026, because the Battle of the Boyne substitute (Mon 13 Jul, NI) is not a working day", () => {
    expect(due({ regime: "foi", received: "2026-07-01" })).toBe("2026-07-30");
  });

  test("a request received on a bank holiday is received that day: Good Friday 3 Apr 2026 counts from Tue 7 Apr (Easter Monday is skipped too)", () => {
    // Working days after Fri 3 Apr: 7–10 Apr (4), 13–17 (9), 20–24 (14), 27–30 Apr + 1 May (19), Tue 5 May (20; Mon 4 May is the early May bank holiday).
    expect(due({ regime: "foi", received: "2026-04-03" })).toBe("2026-05-05");
  });

  test("schools' Scottish-only St Andrew's Day is skipped by an English council: Mon 16 Nov 2026 is due Tue 15 Dec 2026", () => {
    // 17–20 Nov (4), 23–27 (9), Mon 30 Nov is St Andrew's Day (Scotland): skipped, 1–4 Dec (13), 7–11 (18), 14–15 Dec (20).
    expect(due({ regime: "foi", received: "2026-11-16" })).toBe("2026-12-15");
  });
});

describe("FOISA s10(1) and s73: 20 working days, Scottish holidays only", () => {
  test("T5: Fri 27 Mar 2026 is due Mon 27 Apr 2026 under FOISA (Easter Monday is a working day in Scotland) but Tue 28 Apr under FOIA", () => {
    expect(due({ regime: "foisa", received: "2026-03-27" })).toBe("2026-04-27");
    expect(due({ regime: "foi", received: "2026-03-27" })).toBe("2026-04-28");
  });

  test("St Patrick's Day and Easter Monday are working days under FOISA: Fri 6 Mar 2026 is due Mon 6 Apr 2026", () => {
    // 9–13 Mar (5), 16–20 (10; 17 Mar counts in Scotland), 23–27 (15), 30 Mar–2 Apr (19), Good Friday skipped, Mon 6 Apr (20).
    expect(due({ regime: "foisa", received: "2026-03-06" })).toBe("2026-04-06");
  });

  test("EISR follows the Scottish calendar too", () => {
    expect(due({ regime: "eisr", received: "2026-03-27" })).toBe("2026-04-27");
  });

  test("FOISA has no public interest extension: the due date stands and the officer is warned", () => {
    const deadline = dueDate({
      regime: "foisa",
      received: d("2026-03-27"),
      events: [event("extension", "2026-04-10")],
    });
    expect(deadline.due).toBe("2026-04-27");
    expect(deadline.extendedDue).toBeUndefined();
    expect(deadline.warnings.join(" ")).toMatch(/No extension is possible/);
  });
});

describe("extensions", () => {
  test("T6: a FOIA public interest extension of 20 working days from T1 runs to Thu 7 May 2026 (s10(3)), keeping the statutory date", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [event("extension", "2026-04-01")],
    });
    expect(deadline.statutoryDue).toBe("2026-04-08");
    expect(deadline.extendedDue).toBe("2026-05-07");
    expect(deadline.due).toBe("2026-05-07");
  });

  test("T6: the EIR 40-working-day extension (reg 7) from the same receipt gives the same date", () => {
    expect(
      due({ regime: "eir", received: "2026-03-06", events: [event("extension", "2026-03-20")] }),
    ).toBe("2026-05-07");
  });

  test("a PIT extension of 10 working days from Wed 8 Apr 2026 runs to Wed 22 Apr 2026", () => {
    // 9(1) 10(2) 13(3) 14(4) 15(5) 16(6) 17(7) 20(8) 21(9) 22(10) Apr.
    expect(
      due({
        regime: "foi",
        received: "2026-03-06",
        events: [event("extension", "2026-04-01", 10)],
      }),
    ).toBe("2026-04-22");
  });

  test("an extension longer than 20 further working days is allowed but flagged, as the ICO expects 20 at most", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [event("extension", "2026-04-01", 30)],
    });
    expect(deadline.warnings.join(" ")).toMatch(/longer than the 20 further working days/);
  });

  test("an extension recorded after the time limit has passed is flagged: it must be notified within the 20 days", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [event("extension", "2026-04-09")],
    });
    expect(deadline.warnings.join(" ")).toMatch(/after the time limit/);
  });

  test("T13: an FOIA internal review requested Tue 1 Sep 2026 is due Tue 29 Sep 2026 (20 WD), or Tue 27 Oct 2026 if extended to 40", () => {
    expect(due({ regime: "review-foi", received: "2026-09-01" })).toBe("2026-09-29");
    expect(
      due({
        regime: "review-foi",
        received: "2026-09-01",
        events: [event("extension", "2026-09-10")],
      }),
    ).toBe("2026-10-27");
  });

  test("T13: an EIR reconsideration requested Tue 1 Sep 2026 is due Tue 27 Oct 2026: 40 working days (reg 11(4))", () => {
    expect(due({ regime: "review-eir", received: "2026-09-01" })).toBe("2026-10-27");
  });

  test("a FOISA review (s21) takes 20 Scottish working days: Mon 30 Nov 2026 (St Andrew's Day) counts from Tue 1 Dec to Tue 5 Jan 2027", () => {
    // Scotland: 1–4 Dec (4), 7–11 (9), 14–18 (14), 21–24 (18), Fri 25 Christmas, Mon 28 Boxing substitute, 29, 30, 31 Dec (21)… so day 20 is Wed 30 Dec.
    expect(due({ regime: "review-foisa", received: "2026-11-30" })).toBe("2026-12-30");
  });
});

describe("clarification (FOIA s1(3), s10(6)(b)): the clock restarts from the day the answer arrives", () => {
  test("while clarification is awaited there is no due date and the clock is stopped", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [event("clarification_requested", "2026-03-09")],
    });
    expect(deadline.state).toBe("awaiting_clarification");
    expect(deadline.due).toBeNull();
    expect(deadline.explanation).toMatch(/clock stopped on Mon 9 Mar 2026/);
  });

  test("a clarification arriving Mon 20 Apr 2026 gives a fresh 20 working days: due Tue 19 May 2026, not a resumed count", () => {
    // After 20 Apr: 21–24 Apr (4), 27–30 + 1 May (9), Mon 4 May early May bank holiday, 5–8 (13), 11–15 (18), 18, 19 May (20).
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [
        event("clarification_requested", "2026-03-09"),
        event("clarification_received", "2026-04-20"),
      ],
    });
    expect(deadline.state).toBe("running");
    expect(deadline.clockStart).toBe("2026-04-20");
    expect(deadline.due).toBe("2026-05-19");
    expect(deadline.explanation).toMatch(/restarted from Mon 20 Apr 2026/);
  });

  test("a clarification that arrives on a Saturday restarts the count from that Saturday (day one is the Monday)", () => {
    expect(
      due({
        regime: "foi",
        received: "2026-03-06",
        events: [
          event("clarification_requested", "2026-03-09"),
          event("clarification_received", "2026-04-18"),
        ],
      }),
    ).toBe(due({ regime: "foi", received: "2026-04-17" }));
  });

  test("the explanation cites the regime's own provision: FOISA s10(1)(b), not FOIA's", () => {
    const deadline = dueDate({
      regime: "foisa",
      received: d("2026-03-06"),
      events: [
        event("clarification_requested", "2026-03-09"),
        event("clarification_received", "2026-03-16"),
      ],
    });
    expect(deadline.explanation).toMatch(/FOISA s10\(1\)\(b\)/);
    expect(deadline.explanation).not.toMatch(/FOIA s10\(6\)/);
  });

  test("events are applied in date order whatever order they are listed in", () => {
    const ordered = due({
      regime: "foi",
      received: "2026-03-06",
      events: [
        event("clarification_received", "2026-04-20"),
        event("clarification_requested", "2026-03-09"),
      ],
    });
    expect(ordered).toBe("2026-05-19");
  });
});

describe("fees (FOIA s9, s10(2)): working days from notice to payment, both inclusive, are disregarded", () => {
  test("T7: received Mon 1 Jun 2026, notice Fri 5 Jun, paid Mon 15 Jun: 7 working days disregarded, due moves from Mon 29 Jun to Wed 8 Jul 2026", () => {
    expect(due({ regime: "foi", received: "2026-06-01" })).toBe("2026-06-29");
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-06-01"),
      events: [event("fee_notice", "2026-06-05"), event("fee_paid", "2026-06-15")],
    });
    expect(deadline.feeDaysDisregarded).toBe(7);
    expect(deadline.due).toBe("2026-07-08");
  });

  test("an unpaid fee pauses the clock, and the request lapses three months from the notice (s9(2)): notice Fri 5 Jun 2026, last day to pay Fri 4 Sep 2026", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-06-01"),
      events: [event("fee_notice", "2026-06-05")],
    });
    expect(deadline.state).toBe("awaiting_fee");
    expect(deadline.due).toBeNull();
    expect(deadline.payBy).toBe("2026-09-04");
  });

  test("a fee paid after the three months is flagged: the authority need not comply", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-06-01"),
      events: [event("fee_notice", "2026-06-05"), event("fee_paid", "2026-09-07")],
    });
    expect(deadline.warnings.join(" ")).toMatch(/after the last day to pay/);
  });

  test("a fee paid on the day of the notice disregards that one working day", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-06-01"),
      events: [event("fee_notice", "2026-06-05"), event("fee_paid", "2026-06-05")],
    });
    expect(deadline.feeDaysDisregarded).toBe(1);
    expect(deadline.due).toBe("2026-06-30");
  });

  test("a payment with no notice recorded changes nothing and is flagged", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-06-01"),
      events: [event("fee_paid", "2026-06-10")],
    });
    expect(deadline.due).toBe("2026-06-29");
    expect(deadline.warnings.join(" ")).toMatch(/no fees notice/);
  });
});

describe("other holds are shown but do not stop the statutory clock", () => {
  test("a third-party consultation from Mon 9 Mar to Fri 20 Mar 2026 leaves T1 at Wed 8 Apr 2026", () => {
    const deadline = dueDate({
      regime: "foi",
      received: d("2026-03-06"),
      events: [
        { type: "hold_started", date: d("2026-03-09"), note: "consulting the contractor" },
        event("hold_ended", "2026-03-20"),
      ],
    });
    expect(deadline.due).toBe("2026-04-08");
    expect(deadline.holds).toEqual([
      { started: "2026-03-09", ended: "2026-03-20", note: "consulting the contractor" },
    ]);
    expect(deadline.explanation).toMatch(/does not stop the statutory clock/);
  });
});

describe("subject access (UK GDPR Art 12(3)): one calendar month, the day of receipt being day one (ICO method)", () => {
  test("T8: Sat 31 Jan 2026 → no 31 Feb → Sat 28 Feb → Mon 2 Mar 2026", () => {
    expect(due({ regime: "sar", received: "2026-01-31" })).toBe("2026-03-02");
  });
  test("T9: 31 Jan 2028 (a leap year) → Tue 29 Feb 2028", () => {
    expect(due({ regime: "sar", received: "2028-01-31" })).toBe("2028-02-29");
  });
  test("T10: Fri 31 Jul 2026 → 31 Aug is the summer bank holiday in England and Wales → Tue 1 Sep 2026", () => {
    expect(due({ regime: "sar", received: "2026-07-31" })).toBe("2026-09-01");
  });
  test("T10 in Scotland: 31 Aug 2026 is a working day there, so a Scottish council's SAR is due Mon 31 Aug", () => {
    expect(due({ regime: "sar", received: "2026-07-31", nation: "scotland" })).toBe("2026-08-31");
  });
  test("T11: Sat 28 Nov 2026 → 28 Dec is the Boxing Day substitute → Tue 29 Dec 2026", () => {
    expect(due({ regime: "sar", received: "2026-11-28" })).toBe("2026-12-29");
  });
  test("T12: 31 Jan 2026 with the two-month extension → 30 Apr 2026 (three months; 30 Apr is a Thursday)", () => {
    const deadline = dueDate({
      regime: "sar",
      received: d("2026-01-31"),
      events: [event("extension", "2026-02-10")],
    });
    expect(deadline.statutoryDue).toBe("2026-03-02");
    expect(deadline.extendedDue).toBe("2026-04-30");
  });
  test("Art 12A stop-the-clock: received Sun 1 Mar 2026, clarification asked Wed 4 Mar, answered Mon 9 Mar: six days do not count, due Tue 7 Apr 2026", () => {
    // One month from 1 Mar is 1 Apr; 4–9 Mar inclusive is 6 days, so 7 Apr (a Tuesday, after Easter Monday).
    expect(
      due({
        regime: "sar",
        received: "2026-03-01",
        events: [
          event("clarification_requested", "2026-03-04"),
          event("clarification_received", "2026-03-09"),
        ],
      }),
    ).toBe("2026-04-07");
  });

  test("St Patrick's Day stops a Northern Ireland SAR but not an English one: received Tue 17 Feb 2026", () => {
    expect(due({ regime: "sar", received: "2026-02-17", nation: "northern-ireland" })).toBe(
      "2026-03-18",
    );
    expect(due({ regime: "sar", received: "2026-02-17" })).toBe("2026-03-17");
  });
});

describe("time variations (SI 2004/3364)", () => {
  test("transferred public records get the 30th working day (reg 4): Fri 6 Mar 2026 → Wed 22 Apr 2026", () => {
    // T1's 20th day is Wed 8 Apr; ten more: 9, 10, 13–17, 20, 21, 22 Apr.
    expect(due({ regime: "foi-archive", received: "2026-03-06" })).toBe("2026-04-22");
  });

  const terms = [
    { start: d("2026-01-05"), end: d("2026-02-13") },
    { start: d("2026-02-23"), end: d("2026-03-27") },
    { start: d("2026-04-13"), end: d("2026-07-22") },
  ];

  test("schools: the 20th school day when it comes first (reg 3(a)): Mon 2 Mar 2026 → Tue 14 Apr 2026, after the Easter holiday", () => {
    // School days after 2 Mar: 3–6 (4), 9–13 (9), 16, 18–20 (13; 17 Mar is not a working day), 23–27 (18), Easter holiday 30 Mar–10 Apr, 13 Apr (19), 14 Apr (20). The 60th working day would be in late May.
    expect(due({ regime: "foi-school", received: "2026-03-02", schoolCalendar: { terms } })).toBe(
      "2026-04-14",
    );
  });

  test("schools: the 60th working day when the summer holiday comes first (reg 3(b))", () => {
    // Received Mon 20 Jul 2026: school days 21, 22 Jul only, then the summer holiday. 60th working day:
    // 21–24 Jul (4), 27–31 (9), Mon 3 Aug (Scotland) skipped, 4–7 (13), 10–14 (18), 17–21 (23), 24–28 (28),
    // Mon 31 Aug skipped, 1–4 Sep (32), 7–11 (37), 14–18 (42), 21–25 (47), 28 Sep–2 Oct (52), 5–9 (57), 12–14 Oct (60).
    const deadline = dueDate({
      regime: "foi-school",
      received: d("2026-07-20"),
      schoolCalendar: { terms },
    });
    expect(deadline.due).toBe("2026-10-14");
    expect(deadline.warnings.join(" ")).toMatch(/term dates given end on Wed 22 Jul 2026/);
  });

  test("schools: an INSET day in term is not a school day", () => {
    const withInset = due({
      regime: "foi-school",
      received: "2026-03-02",
      schoolCalendar: { terms, closures: [d("2026-03-03")] },
    });
    expect(withInset).toBe("2026-04-15");
  });
});

describe("provisional dates past the known bank holidays", () => {
  test("a count that runs into 2028 is flagged provisional and still skips the projected New Year substitutes", () => {
    const deadline = dueDate({ regime: "foi", received: d("2027-12-10") });
    expect(deadline.provisional).toBe(true);
    expect(deadline.explanation).toMatch(/Provisional/);
    // 13–17 Dec (5), 20–24 (10), 27, 28 Dec bank holidays, 29–31 (13), Mon 3 Jan 2028 (New Year substitute), Tue 4 Jan (Scotland's 2 January substitute), 5–7 Jan (16), 10–13 Jan (20).
    expect(deadline.due).toBe("2028-01-13");
  });

  test("a count inside the known list is not provisional", () => {
    expect(dueDate({ regime: "foi", received: d("2027-11-01") }).provisional).toBe(false);
  });
});
