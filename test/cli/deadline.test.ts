/**
 * `foi deadline` is a contract other tools script against: these tests pin its JSON.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/foi";
import { memoryIo } from "../support/memoryIo";

describe("foi deadline", () => {
  test("prints one JSON object with the due date and an explanation", async () => {
    const io = memoryIo();
    const code = await main(["deadline", "--received", "2026-03-06", "--regime", "foi"], io);
    expect(code).toBe(0);
    const result = JSON.parse(io.stdout());
    expect(result.due).toBe("2026-04-08");
    expect(result.explanation).toMatch(/St Patrick's Day/);
    expect(result.provisional).toBe(false);
  });

  test("turns an ISO datetime into its Europe/London date of receipt", async () => {
    const io = memoryIo();
    await main(["deadline", "--received", "2026-06-30T23:30:00Z", "--regime", "foi"], io);
    const result = JSON.parse(io.stdout());
    expect(result.dateOfReceipt).toBe("2026-07-01");
    expect(result.due).toBe("2026-07-30");
  });

  test("applies --event flags: T7's fees notice and payment move the date to Wed 8 Jul 2026", async () => {
    const io = memoryIo();
    await main(
      [
        "deadline",
        "--received",
        "2026-06-01",
        "--regime",
        "foi",
        "--event",
        "fee_notice=2026-06-05",
        "--event",
        "fee_paid=2026-06-15",
      ],
      io,
    );
    expect(JSON.parse(io.stdout()).due).toBe("2026-07-08");
  });

  test("with --today it reports the status and working days left", async () => {
    const io = memoryIo();
    await main(
      ["deadline", "--received", "2026-03-06", "--regime", "foi", "--today", "2026-04-09"],
      io,
    );
    expect(JSON.parse(io.stdout())).toMatchObject({ status: "overdue", workingDaysRemaining: -1 });
  });

  test("regime names are read as people write them: FOIA, review_foi", async () => {
    const io = memoryIo();
    await main(["deadline", "--received", "2026-09-01", "--regime", "review_foi"], io);
    expect(JSON.parse(io.stdout())).toMatchObject({ regime: "review-foi", due: "2026-09-29" });
    const io2 = memoryIo();
    await main(["deadline", "--received", "2026-03-06", "--regime", "FOIA"], io2);
    expect(JSON.parse(io2.stdout()).due).toBe("2026-04-08");
  });

  test("a bad regime or date is a clear error on stderr with exit code 2", async () => {
    const io = memoryIo();
    expect(await main(["deadline", "--received", "2026-03-06", "--regime", "fio"], io)).toBe(2);
    expect(io.stderr()).toMatch(/unknown regime 'fio'/);
    const io2 = memoryIo();
    expect(await main(["deadline", "--received", "2026-02-30", "--regime", "foi"], io2)).toBe(2);
    expect(io2.stderr()).toMatch(/not a date/);
  });

  test("--batch answers each NDJSON line in order; bad lines get an error and the rest go on", async () => {
    const io = memoryIo([
      JSON.stringify({ id: "a", received: "2026-03-06", regime: "foi" }),
      "{not json",
      JSON.stringify({ id: "b", received: "2026-03-27", regime: "foisa" }),
      JSON.stringify({
        id: "c",
        received: "2026-03-27",
        regime: "foi",
        events: [{ type: "fee_paid", date: "2026-03-01" }],
      }),
      "",
      JSON.stringify({
        id: "d",
        received: "2026-01-31",
        regime: "sar",
        events: [{ type: "extension", date: "2026-02-02" }],
      }),
    ]);
    expect(await main(["deadline", "--batch"], io)).toBe(0);
    const lines = io
      .stdout()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["a", null, "b", "c", "d"]);
    expect(lines[0].due).toBe("2026-04-08");
    expect(lines[1].error).toMatch(/line 2 is not JSON/);
    expect(lines[2].due).toBe("2026-04-27");
    expect(lines[3].error).toMatch(/before the date of receipt/);
    expect(lines[4].due).toBe("2026-04-30");
  });

  test("npx foi works as a real process: --help lists the commands", () => {
    const output = execFileSync(
      process.execPath,
      [join(__dirname, "..", "..", "bin", "foi.js"), "--help"],
      { encoding: "utf8" },
    );
    expect(output).toMatch(/deadline\s+when a request must be answered/);
  });
});
