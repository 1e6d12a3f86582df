import fc from "fast-check";
import {
  extractQuestions,
  extractReferences,
  htmlToText,
  parseEml,
  recogniseMessage,
} from "../../../src/shared/recognise";
import { recogniseBytes } from "../../../src/shared/recognise/recogniseBytes";
import { eml, message } from "./messageBuilder";

describe("no input makes the recogniser crash or hang", () => {
  it("classifies arbitrary text bodies without throwing", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.string({ maxLength: 200 }),
        (body, subject) => {
          const result = recogniseMessage(message({ subject, body }));
          expect(["foi", "eir", "sar", "internal_review", "followup", "other"]).toContain(
            result.kind,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("converts arbitrary HTML without throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (html) => {
        expect(typeof htmlToText(html)).toBe("string");
      }),
      { numRuns: 300 },
    );
  });

  it("parses arbitrary bytes to a result value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const result = await recogniseBytes(bytes);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 150 },
    );
  });

  it("reads a request at the top of a huge message with a long quoted thread", async () => {
    const quoted = "> earlier text about budgets and roads\n".repeat(60_000);
    const bytes = eml(
      [
        "From: A <a@example.org>",
        "To: foi@larkhill.gov.uk",
        "Subject: FOI request",
        "Content-Type: text/plain",
      ],
      `Under the Freedom of Information Act please provide:\n1. Road budget 2025.\n2. Road budget 2026.\n\nAnn Example\n\nOn Mon, Bob wrote:\n${quoted}`,
    );
    const result = await recogniseBytes(bytes);
    expect(result.ok && result.value.kind).toBe("foi");
    expect(result.ok && result.value.questions).toEqual(["Road budget 2025.", "Road budget 2026."]);
  });

  it("survives deeply nested multipart messages", async () => {
    let body = "Under FOI please provide the number of parks.";
    let headerLine = "Content-Type: text/plain";
    for (let depth = 0; depth < 300; depth++) {
      const boundary = `b${depth}`;
      body = `--${boundary}\r\n${headerLine}\r\n\r\n${body}\r\n--${boundary}--`;
      headerLine = `Content-Type: multipart/mixed; boundary="${boundary}"`;
    }
    const result = await parseEml(eml(["From: a@example.org", "Subject: x", headerLine], body));
    expect(typeof result.ok).toBe("boolean");
  });

  it("survives deeply nested HTML and binary noise", () => {
    const nested = `${"<div><ol><li>".repeat(5000)}Please provide the spend${"</li></ol></div>".repeat(5000)}`;
    expect(htmlToText(nested)).toContain("Please provide the spend");
    const noise = String.fromCharCode(
      ...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536),
    );
    expect(() => recogniseMessage(message({ body: noise, html: noise }))).not.toThrow();
  });

  it("handles inputs built to make regular expressions backtrack", () => {
    const inputs = [
      `please ${"please could you ".repeat(20_000)}`,
      `${"a".repeat(200_000)}!`,
      `${"1. ".repeat(50_000)}x`,
      `FOI/${"1/".repeat(50_000)}`,
      `On ${"x".repeat(100_000)}`,
      `${"- ".repeat(100_000)}`,
      `${" ".repeat(100_000)}\n`,
      `${"&#".repeat(100_000)}`,
    ];
    for (const input of inputs) {
      expect(() =>
        recogniseMessage(message({ body: input, html: `<p>${input}</p>` })),
      ).not.toThrow();
      expect(Array.isArray(extractQuestions(input))).toBe(true);
      expect(Array.isArray(extractReferences(input))).toBe(true);
      expect(typeof htmlToText(input)).toBe("string");
    }
  });
});
