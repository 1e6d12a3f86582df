/**
 * The contract against a real SharePoint site, only when GRAPH_SITE and GRAPH_TOKEN are set
 * (e.g. GRAPH_SITE=contoso.sharepoint.com:/sites/foi-test GRAPH_TOKEN=$(az account get-access-token …)).
 * The site must already be provisioned (`npx foi provision --site …`). It adds test cases to it.
 */
import { caseDeadlines } from "../../../src/shared/cases/caseDeadlines";
import { connectFromEnvironment } from "../../../src/shared/platform/nodeRegisterConnection";
import { GraphCaseRepository } from "../../../src/shared/register/graphCaseRepository";
import { describeCaseRepositoryContract } from "./caseRepositoryContract";

const { GRAPH_SITE, GRAPH_TOKEN } = process.env;

if (GRAPH_SITE && GRAPH_TOKEN) {
  jest.setTimeout(120_000);
  describeCaseRepositoryContract(`Graph repository on the tenant site ${GRAPH_SITE}`, async () => {
    const connection = connectFromEnvironment(
      {
        ...process.env,
        GRAPH_BASE_URL: process.env.GRAPH_BASE_URL ?? "https://graph.microsoft.com",
      },
      process.cwd(),
    );
    if (!connection.ok) throw new Error(connection.problem);
    const make = () =>
      new GraphCaseRepository({
        graph: connection.value.requester,
        site: connection.value.site,
        deadlines: caseDeadlines("england-and-wales"),
        now: () => new Date().toISOString(),
      });
    return { repository: make(), secondOfficer: make(), close: async () => undefined };
  });
} else {
  test("the tenant contract run is skipped without GRAPH_SITE and GRAPH_TOKEN", () => {
    console.info(
      "Skipped the tenant contract run: set GRAPH_SITE and GRAPH_TOKEN to run it against a real SharePoint site.",
    );
    expect(GRAPH_SITE && GRAPH_TOKEN).toBeFalsy();
  });
}
