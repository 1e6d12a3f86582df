import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cliCommand";
import { run } from "../../src/cli/commands/classify";

function memoryIo(cwd: string): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return {
    output,
    errors,
    out: (text) => void output.push(text),
    err: (text) => void errors.push(text),
    lines: async function* () {},
    cwd,
    env: {},
  };
}

const fixtures = join(__dirname, "..", "fixtures", "messages");

describe("foi classify", () => {
  it("prints one JSON line per file with the fields the register needs", async () => {
    const io = memoryIo(fixtures);
    const code = await run(["h013.eml", "h023.eml"], io);
    const lines = io.output
      .join("")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      file: "h013.eml",
      kind: "foi",
      viaWhatDoTheyKnow: true,
      language: "en",
      requester: { email: "foi+request-1200777-cd33ef44@whatdotheyknow.com" },
    });
    expect(lines[0]?.["questions"]).toHaveLength(3);
    expect(lines[1]).toMatchObject({ file: "h023.eml", kind: "other" });
  });

  it("reports an unreadable or malformed file as an error line and carries on", async () => {
    const folder = mkdtempSync(join(tmpdir(), "foi-classify-"));
    writeFileSync(join(folder, "junk.eml"), "not an email at all");
    const io = memoryIo(folder);
    const code = await run(["junk.eml", "missing.eml", join(fixtures, "h001.eml")], io);
    const lines = io.output
      .join("")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(code).toBe(1);
    expect(lines.map((line) => line["file"])).toEqual([
      "junk.eml",
      "missing.eml",
      join(fixtures, "h001.eml"),
    ]);
    expect(lines[0]).toHaveProperty("error");
    expect(lines[1]).toHaveProperty("error");
    expect(lines[2]).toMatchObject({ kind: "foi" });
  });

  it("explains its usage when given no files", async () => {
    const io = memoryIo(fixtures);
    expect(await run([], io)).toBe(2);
    expect(io.errors.join("")).toMatch(/Usage: foi classify/);
  });
});
