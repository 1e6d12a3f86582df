/**
 * What provisioning must do to a site: a pure comparison of the lists FOI Desk needs
 * (listSchema.ts) with the lists a site has. Running the plan twice changes nothing, because a
 * second plan is empty; an older schema gets only what it lacks (new lists, new columns, indexes
 * and unique constraints on existing columns). Column types are never changed in place: a column
 * with the wrong type is reported for a person to decide.
 */
import type { ColumnSpec, ListSpec } from "./listSchema";

export interface ExistingColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  /** The type facet present on the column (text, number, choice, …). */
  type?: string;
}

export interface ExistingList {
  id: string;
  displayName: string;
  columns: ExistingColumn[];
}

export type ProvisionStep =
  | { kind: "createList"; list: ListSpec }
  | { kind: "addColumn"; listId: string; listName: string; column: ColumnSpec }
  | {
      kind: "indexColumn";
      listId: string;
      listName: string;
      columnId: string;
      column: string;
      unique: boolean;
    };

export interface ProvisionPlan {
  steps: ProvisionStep[];
  /** Things provisioning will not change by itself. */
  warnings: string[];
}

const facetKeys = ["text", "number", "dateTime", "choice", "boolean", "currency"] as const;

function typeOf(column: ColumnSpec): string {
  return facetKeys.find((key) => column[key as keyof ColumnSpec] !== undefined) ?? "text";
}

export function provisionPlan(
  desired: readonly ListSpec[],
  existing: readonly ExistingList[],
): ProvisionPlan {
  const steps: ProvisionStep[] = [];
  const warnings: string[] = [];
  for (const list of desired) {
    const found = existing.find(
      (l) => l.displayName.toLowerCase() === list.displayName.toLowerCase(),
    );
    if (!found) {
      steps.push({ kind: "createList", list });
      continue;
    }
    for (const column of list.columns) {
      const have = found.columns.find((c) => c.name === column.name);
      if (!have) {
        steps.push({ kind: "addColumn", listId: found.id, listName: list.displayName, column });
        continue;
      }
      if (have.type && have.type !== typeOf(column)) {
        warnings.push(
          `${list.displayName}: column ${column.name} is ${have.type} but FOI Desk expects ${typeOf(column)}; left unchanged.`,
        );
      }
      const needsIndex = column.indexed === true && have.indexed !== true;
      const needsUnique = column.enforceUniqueValues === true && have.enforceUniqueValues !== true;
      if (needsIndex || needsUnique) {
        steps.push({
          kind: "indexColumn",
          listId: found.id,
          listName: list.displayName,
          columnId: have.id,
          column: column.name,
          unique: column.enforceUniqueValues === true,
        });
      }
    }
  }
  return { steps, warnings };
}

/** One line per step, for people. */
export function describeStep(step: ProvisionStep): string {
  switch (step.kind) {
    case "createList":
      return `create list '${step.list.displayName}' with ${step.list.columns.length} columns`;
    case "addColumn":
      return `add column ${step.column.name} to '${step.listName}'${step.column.indexed ? " (indexed)" : ""}`;
    case "indexColumn":
      return `index column ${step.column} of '${step.listName}'${step.unique ? " and enforce unique values" : ""}`;
  }
}
