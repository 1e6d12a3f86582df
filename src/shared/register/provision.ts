/**
 * Carries out a {@link provisionPlan} through Graph: reads the site's lists with their columns,
 * plans, then creates lists in one call each (columns and indexes at creation, as SharePoint
 * advises for large lists), adds missing columns and indexes existing ones.
 * https://learn.microsoft.com/graph/api/list-create ; https://learn.microsoft.com/graph/api/columndefinition-update
 */
import { fail, succeed } from "../cases/result";
import type { RegisterResult } from "./caseRepository";
import { problemFromGraph } from "./graphProblems";
import type { GraphRequester } from "./graphRequester";
import { columnDefinitionBody, registerLists, type ListSpec } from "./listSchema";
import {
  describeStep,
  provisionPlan,
  type ExistingList,
  type ProvisionPlan,
} from "./provisionPlan";

export interface ProvisionReport {
  siteId: string;
  plan: ProvisionPlan;
  /** What was done, one line per step (empty on a dry run or when nothing was missing). */
  done: string[];
}

const facetKeys = [
  "text",
  "number",
  "dateTime",
  "choice",
  "boolean",
  "currency",
  "personOrGroup",
  "lookup",
];

export async function provision(
  graph: GraphRequester,
  site: string,
  options: { dryRun?: boolean; lists?: readonly ListSpec[] } = {},
): Promise<RegisterResult<ProvisionReport>> {
  const siteAnswer = await graph.get<{ id: string }>(`/sites/${site}`);
  if (!siteAnswer.ok) return fail(problemFromGraph(siteAnswer.failure, "Opening the site"));
  const siteId = siteAnswer.body.id;
  const listsAnswer = await graph.get<{
    value: { id: string; displayName: string; columns?: Record<string, unknown>[] }[];
  }>(`/sites/${siteId}/lists?$expand=columns`);
  if (!listsAnswer.ok)
    return fail(problemFromGraph(listsAnswer.failure, "Reading the site's lists"));
  const existing: ExistingList[] = listsAnswer.body.value.map((list) => ({
    id: list.id,
    displayName: list.displayName,
    columns: (list.columns ?? []).map((c) => ({
      id: String(c.id),
      name: String(c.name),
      indexed: c.indexed === true,
      enforceUniqueValues: c.enforceUniqueValues === true,
      ...(facetKeys.find((k) => c[k] !== undefined && c[k] !== null)
        ? { type: facetKeys.find((k) => c[k] !== undefined && c[k] !== null) as string }
        : {}),
    })),
  }));
  const plan = provisionPlan(options.lists ?? registerLists, existing);
  const done: string[] = [];
  if (options.dryRun) return succeed({ siteId, plan, done });
  for (const step of plan.steps) {
    let answer;
    if (step.kind === "createList") {
      answer = await graph.post(`/sites/${siteId}/lists`, {
        displayName: step.list.displayName,
        description: step.list.description,
        columns: step.list.columns.map(columnDefinitionBody),
        list: { template: "genericList" },
      });
    } else if (step.kind === "addColumn") {
      answer = await graph.post(
        `/sites/${siteId}/lists/${step.listId}/columns`,
        columnDefinitionBody(step.column),
      );
    } else {
      answer = await graph.patch(`/sites/${siteId}/lists/${step.listId}/columns/${step.columnId}`, {
        indexed: true,
        ...(step.unique ? { enforceUniqueValues: true } : {}),
      });
    }
    // 409: another administrator created it a moment ago; the end state is the same.
    if (!answer.ok && answer.failure.status !== 409) {
      return fail(
        problemFromGraph(
          answer.failure,
          `Provisioning (${describeStep(step)}; ${done.length} earlier steps done, run again to continue)`,
        ),
      );
    }
    done.push(describeStep(step));
  }
  return succeed({ siteId, plan, done });
}
