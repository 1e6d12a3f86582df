/** Registrations for tests: invented people, realistic requests. */
import type { NewCase } from "../../src/shared/register/caseRepository";
import type { IsoDate } from "../../src/shared/deadlines";

export function newRequest(n: number, overrides: Partial<NewCase> = {}): NewCase {
  return {
    kind: "foi",
    regime: "foi",
    receivedDate: "2026-03-06" as IsoDate,
    requester: {
      name: `Requester ${n}`,
      email: `requester${n}@example.org`,
      type: "public",
      language: "en",
    },
    summary: `Spending on pothole repairs, request ${n}`,
    questions: [
      {
        number: 1,
        text: "How much was spent on pothole repairs in 2025?",
        outcome: "pending",
        exemptions: [],
      },
    ],
    source: {
      internetMessageId: `<request-${n}.test@example.org>`,
      conversationId: `CONV-${n}`,
      receivedAt: "2026-03-06T09:30:00Z",
    },
    ...overrides,
  };
}
