import { parseIsoDate } from "../../../src/shared/deadlines";
import { findSimilarRequests, type EarlierRequest } from "../../../src/shared/recognise";

const text =
  "Please provide the number of potholes repaired in 2025 and the total cost of the repairs by ward.";

function earlier(overrides: Partial<EarlierRequest>): EarlierRequest {
  return {
    reference: "FOI/2026/0001",
    requesterEmail: "ann@example.org",
    requesterName: "Ann Example",
    receivedDate: parseIsoDate("2026-01-05"),
    text,
    ...overrides,
  };
}

describe("findSimilarRequests: repeats, round robins and aggregation", () => {
  it("flags the same requester asking again for the same information (s14(2))", () => {
    const [match] = findSimilarRequests(
      {
        requesterEmail: "ann@example.org",
        requesterName: "Ann Example",
        receivedDate: parseIsoDate("2026-09-01"),
        text,
      },
      [earlier({})],
    );
    expect(match?.relations).toContain("repeated");
    expect(match?.score).toBeGreaterThan(0.9);
  });

  it("flags near-identical text from a different requester as a round robin", () => {
    const [match] = findSimilarRequests(
      {
        requesterEmail: "bob@example.net",
        requesterName: "Bob Other",
        receivedDate: parseIsoDate("2026-01-06"),
        text,
      },
      [earlier({})],
    );
    expect(match?.relations).toEqual(["round_robin", "aggregation"]);
    expect(match?.sameRequester).toBe(false);
  });

  it("treats WhatDoTheyKnow requests from the same named person as one requester", () => {
    const [match] = findSimilarRequests(
      {
        requesterEmail: "foi+request-2-bb@whatdotheyknow.com",
        requesterName: "Ann Example",
        receivedDate: parseIsoDate("2026-01-20"),
        text,
      },
      [earlier({ requesterEmail: "foi+request-1-aa@whatdotheyknow.com" })],
    );
    expect(match?.sameRequester).toBe(true);
  });

  it("aggregates within 60 working days: Mon 5 Jan 2026 to Tue 31 Mar 2026 is inside, Wed 1 Apr is not (s12(4), T14)", () => {
    const similar =
      "Please provide the total cost of pothole repairs by ward in 2025 and the number repaired.";
    const inside = findSimilarRequests(
      {
        requesterEmail: "ann@example.org",
        requesterName: "Ann Example",
        receivedDate: parseIsoDate("2026-03-31"),
        text: similar,
      },
      [earlier({})],
    );
    const outside = findSimilarRequests(
      {
        requesterEmail: "ann@example.org",
        requesterName: "Ann Example",
        receivedDate: parseIsoDate("2026-04-01"),
        text: similar,
      },
      [earlier({})],
    );
    expect(inside[0]?.relations).toContain("aggregation");
    expect(inside[0]?.workingDaysApart).toBe(60);
    expect(outside[0]?.relations ?? []).not.toContain("aggregation");
  });

  it("returns nothing for unrelated requests", () => {
    const matches = findSimilarRequests(
      {
        requesterEmail: "ann@example.org",
        requesterName: "Ann Example",
        receivedDate: parseIsoDate("2026-01-06"),
        text: "How many library books were borrowed in 2024?",
      },
      [earlier({})],
    );
    expect(matches).toEqual([]);
  });
});
