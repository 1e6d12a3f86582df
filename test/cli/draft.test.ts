/** `foi draft` renders a letter from a case file on the command line. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/foi";
import { memoryIo } from "../support/memoryIo";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "drafting", name);

describe("foi draft", () => {
  test("renders the final response as text, each question quoted with its answer; exit 0 when complete", async () => {
    const io = memoryIo();
    const code = await main(
      ["draft", "--template", "final-response", "--case", fixture("final-response.json")],
      io,
    );
    expect(io.stderr()).not.toMatch(/^missing:/m);
    expect(code).toBe(0);
    expect(io.stdout()).toContain(
      "> A copy of the current contract with Experian for data services.",
    );
    expect(io.stdout()).toContain("We do not hold this information.");
    expect(io.stdout()).toContain("https://www.kingsmere.gov.uk/privacy/dpia-data-matching");
    expect(io.stderr()).toMatch(/HTML body \d+ bytes/);
  });

  test("answers a Welsh requester in Welsh by default, and --lang en overrides", async () => {
    const welsh = memoryIo();
    await main(
      ["draft", "--template", "refusal-notice", "--case", fixture("refusal-notice-welsh.json")],
      welsh,
    );
    expect(welsh.stdout()).toContain("Hysbysiad gwrthod");
    expect(welsh.stdout()).toContain("Comisiynydd Gwybodaeth");
    const english = memoryIo();
    await main(
      [
        "draft",
        "--template",
        "refusal-notice",
        "--case",
        fixture("refusal-notice-welsh.json"),
        "--lang",
        "en",
      ],
      english,
    );
    expect(english.stdout()).toContain("Refusal notice");
  });

  test("--format html prints the Outlook email body", async () => {
    const io = memoryIo();
    await main(
      [
        "draft",
        "--template",
        "acknowledgement",
        "--case",
        fixture("final-response.json"),
        "--format",
        "html",
      ],
      io,
    );
    expect(io.stdout()).toMatch(/^<div lang="en"/);
    expect(io.stdout()).toContain("<h2");
  });

  test("--format docx writes a Word file given by --out, and refuses to write binary to standard output", async () => {
    const folder = mkdtempSync(join(tmpdir(), "foi-draft-"));
    const out = join(folder, "letter.docx");
    const io = memoryIo();
    const code = await main(
      [
        "draft",
        "--template",
        "refusal-notice",
        "--case",
        fixture("refusal-notice-welsh.json"),
        "--format",
        "docx",
        "--out",
        out,
        "--lang",
        "bilingual",
      ],
      io,
    );
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Hysbysiad gwrthod");
    expect(xml).toContain("Refusal notice");

    const noOut = memoryIo();
    expect(
      await main(
        [
          "draft",
          "--template",
          "refusal-notice",
          "--case",
          fixture("refusal-notice-welsh.json"),
          "--format",
          "docx",
        ],
        noOut,
      ),
    ).toBe(2);
    expect(noOut.stderr()).toContain("--out");
  });

  test("exit 1 and the missing parts on standard error when the law's requirements are not met", async () => {
    const folder = mkdtempSync(join(tmpdir(), "foi-draft-"));
    const inputs = join(folder, "inputs.json");
    writeFileSync(inputs, JSON.stringify({ exemptions: ["s43(2)"] }));
    const io = memoryIo();
    const code = await main(
      [
        "draft",
        "--template",
        "refusal-notice",
        "--case",
        fixture("refusal-notice-welsh.json"),
        "--inputs",
        inputs,
        "--lang",
        "en",
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr()).toMatch(/^missing: Say why s43\(2\) applies/m);
    expect(io.stderr()).toMatch(/^missing: s43\(2\) is qualified: the public interest test needs/m);
  });

  test("uses a council-edited template from --templates, and reports a broken one with exit 3", async () => {
    const folder = mkdtempSync(join(tmpdir(), "foi-draft-"));
    const good = join(folder, "good.json");
    writeFileSync(
      good,
      JSON.stringify([
        {
          templateId: "acknowledgement",
          language: "en",
          version: 2,
          active: true,
          subject: "Got it: {{case.reference}}",
          body: "Hello {{requester.name}}, we have your request {{case.reference}} of {{date case.receivedDate}}; reply due {{date case.dueDate}}.",
        },
      ]),
    );
    const io = memoryIo();
    expect(
      await main(
        [
          "draft",
          "--template",
          "acknowledgement",
          "--case",
          fixture("final-response.json"),
          "--templates",
          good,
        ],
        io,
      ),
    ).toBe(0);
    expect(io.stdout()).toContain(
      "Hello Sam Okafor, we have your request FOI/2026/0417 of 26 Oct 2026; reply due 23 Nov 2026.",
    );

    const bad = join(folder, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify([
        {
          templateId: "acknowledgement",
          language: "en",
          version: 3,
          active: true,
          subject: "x",
          body: "{{#if case.dueDate}}",
        },
      ]),
    );
    const broken = memoryIo();
    expect(
      await main(
        [
          "draft",
          "--template",
          "acknowledgement",
          "--case",
          fixture("final-response.json"),
          "--templates",
          bad,
        ],
        broken,
      ),
    ).toBe(3);
    expect(broken.stderr()).toContain("council version 3");
  });

  test("usage errors exit 2: unknown template, missing case file", async () => {
    const io = memoryIo();
    expect(
      await main(["draft", "--template", "nonsense", "--case", fixture("final-response.json")], io),
    ).toBe(2);
    expect(io.stderr()).toContain("acknowledgement");
    expect(
      await main(
        ["draft", "--template", "acknowledgement", "--case", "no-such-file.json"],
        memoryIo(),
      ),
    ).toBe(2);
  });

  test("--list names every template with its statutory source", async () => {
    const io = memoryIo();
    expect(await main(["draft", "--list"], io)).toBe(0);
    expect(io.stdout()).toContain("refusal-notice");
    expect(io.stdout()).toContain("FOIA s17(1)");
  });
});
