import {
  connectToEmulator,
  graphRepository,
  provisionedRepository,
  startTestEmulator,
} from "../../support/emulatorHarness";
import { describeCaseRepositoryContract } from "./caseRepositoryContract";

jest.setTimeout(30_000);

describeCaseRepositoryContract(
  "Graph repository on the emulator, over HTTPS with the real graph client",
  async () => {
    const emulator = await startTestEmulator();
    const repository = await provisionedRepository(emulator);
    // A second officer: their own client and repository instance, on the same register.
    const secondOfficer = graphRepository(connectToEmulator(emulator));
    return { repository, secondOfficer, close: () => emulator.close() };
  },
);
