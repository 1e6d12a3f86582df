import { problemFromGraph } from "../../../src/shared/register/graphProblems";

const failure = (status: number, extra: Record<string, unknown> = {}) => ({
  status,
  code: "x",
  message: "m",
  ...extra,
});

describe("Graph failures as problems for people", () => {
  test("412 is a conflict: someone else changed this case, reload it", () => {
    expect(problemFromGraph(failure(412), "Saving the case")).toEqual({
      kind: "conflict",
      message: expect.stringMatching(/someone else changed this case.*reload/i),
    });
  });

  test("429 and 503 are throttling, carrying Retry-After, and say nothing was lost", () => {
    for (const status of [429, 503]) {
      expect(
        problemFromGraph(failure(status, { retryAfterSeconds: 12 }), "Saving the case"),
      ).toEqual({
        kind: "throttled",
        retryAfterSeconds: 12,
        message: expect.stringMatching(/Nothing was lost/),
      });
    }
  });

  test("a unique-value clash (409) is a duplicate", () => {
    expect(problemFromGraph(failure(409), "Importing FOI/2026/0001").kind).toBe("duplicate");
  });

  test("a refused non-indexed query, or one over the threshold, is thresholdExceeded", () => {
    expect(
      problemFromGraph(
        failure(400, {
          message: "Field 'Notes' cannot be referenced in filter or orderby as it is not indexed.",
        }),
        "Listing",
      ).kind,
    ).toBe("thresholdExceeded");
    expect(problemFromGraph(failure(400, { innerCode: "tooManyResources" }), "Listing").kind).toBe(
      "thresholdExceeded",
    );
  });

  test("no answer at all is unavailable, and 404 is notFound", () => {
    expect(
      problemFromGraph(failure(0, { message: "ECONNREFUSED" }), "Opening the register site"),
    ).toEqual({
      kind: "unavailable",
      message: expect.stringMatching(/could not reach SharePoint/),
    });
    expect(problemFromGraph(failure(404), "Reading a case").kind).toBe("notFound");
  });
});
