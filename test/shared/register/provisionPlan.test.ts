import {
  provisionPlan,
  describeStep,
  type ExistingList,
} from "../../../src/shared/register/provisionPlan";
import { registerLists, requestsList } from "../../../src/shared/register/listSchema";

function asExisting(): ExistingList[] {
  return registerLists.map((list, i) => ({
    id: `list-${i}`,
    displayName: list.displayName,
    columns: list.columns.map((c, j) => ({
      id: `col-${i}-${j}`,
      name: c.name,
      indexed: c.indexed === true,
      enforceUniqueValues: c.enforceUniqueValues === true,
      type: c.number ? "number" : c.choice ? "choice" : c.boolean ? "boolean" : "text",
    })),
  }));
}

describe("provisionPlan", () => {
  test("an empty site gets the four lists, each created with all its columns", () => {
    const plan = provisionPlan(registerLists, []);
    expect(plan.steps.map(describeStep)).toEqual([
      expect.stringMatching(/create list 'FOI Requests'/),
      expect.stringMatching(/create list 'FOI Events'/),
      expect.stringMatching(/create list 'FOI Settings'/),
      expect.stringMatching(/create list 'FOI Templates'/),
    ]);
  });

  test("a site that already has everything needs nothing (running provision twice changes nothing)", () => {
    expect(provisionPlan(registerLists, asExisting())).toEqual({ steps: [], warnings: [] });
  });

  test("an older schema gets only what it lacks: the missing column, and the index on an unindexed one", () => {
    const existing = asExisting();
    const requests = existing[0] as ExistingList;
    requests.columns = requests.columns.filter((c) => c.name !== "ConversationId");
    const assignee = requests.columns.find((c) => c.name === "Assignee");
    if (assignee) assignee.indexed = false;
    const plan = provisionPlan(registerLists, existing);
    expect(plan.steps).toEqual([
      expect.objectContaining({ kind: "indexColumn", column: "Assignee", unique: false }),
      expect.objectContaining({
        kind: "addColumn",
        column: expect.objectContaining({ name: "ConversationId", indexed: true }),
      }),
    ]);
  });

  test("a reference column that lost its unique constraint gets it back", () => {
    const existing = asExisting();
    const reference = (existing[0] as ExistingList).columns.find((c) => c.name === "Reference");
    if (reference) reference.enforceUniqueValues = false;
    expect(provisionPlan(registerLists, existing).steps).toEqual([
      expect.objectContaining({ column: "Reference", unique: true }),
    ]);
  });

  test("a column of the wrong type is reported, never changed in place", () => {
    const existing = asExisting();
    const status = (existing[0] as ExistingList).columns.find((c) => c.name === "Status");
    if (status) status.type = "number";
    const plan = provisionPlan(registerLists, existing);
    expect(plan.steps).toEqual([]);
    expect(plan.warnings).toEqual([expect.stringMatching(/Status is number/)]);
  });

  test("every unique column is also indexed, as SharePoint requires", () => {
    for (const list of registerLists) {
      for (const column of list.columns)
        if (column.enforceUniqueValues) expect(column.indexed).toBe(true);
    }
    expect(requestsList.columns.filter((c) => c.indexed).length).toBeLessThanOrEqual(20);
  });
});
