import { InMemoryCaseRepository } from "../../../src/shared/register/inMemoryCaseRepository";
import { caseDeadlines } from "../../../src/shared/cases/caseDeadlines";
import { describeCaseRepositoryContract } from "./caseRepositoryContract";

describeCaseRepositoryContract("in memory", async () => {
  const repository = new InMemoryCaseRepository({
    deadlines: caseDeadlines("england-and-wales"),
    now: () => "2026-11-23T10:00:00Z",
  });
  return { repository, secondOfficer: repository, close: async () => undefined };
});
