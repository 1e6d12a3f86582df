/**
 * Councils edit templates in the "FOI Templates" list without a code change. The newest active
 * version wins over the shipped default; rendering stays safe whatever the template says; template
 * mistakes come back as values; and an edit that drops a paragraph the law requires is flagged.
 */
import {
  buildDraftContext,
  compileTemplate,
  defaultTemplate,
  draftLetter,
  resolveTemplate,
  validateTemplate,
  type StoredTemplate,
} from "../../../src/shared/drafting";
import { kingsmere, letterDate, scenario } from "./draftFixtures";

const row = (overrides: Partial<StoredTemplate>): StoredTemplate => ({
  templateId: "acknowledgement",
  language: "en",
  version: 1,
  subject: "Request {{case.reference}} received",
  body: "Dear {{requester.name}},\n\nWe received your request {{case.reference}} on {{date case.receivedDate}} and will reply by {{date case.dueDate}}.\n\n{{> sign-off}}\n",
  active: true,
  ...overrides,
});

describe("resolveTemplate: the newest active council version over the shipped default", () => {
  test("no council rows: the shipped default", () => {
    const resolved = resolveTemplate("acknowledgement", "en", []);
    expect(resolved.origin).toBe("default");
    expect(resolved.source).toBe(defaultTemplate("acknowledgement", "en"));
  });

  test("the highest active version wins; inactive and other-language rows are ignored", () => {
    const rows = [
      row({ version: 1, subject: "v1" }),
      row({ version: 3, subject: "v3", active: false }),
      row({ version: 2, subject: "v2" }),
      row({ version: 9, subject: "welsh", language: "cy" }),
      row({ version: 8, subject: "other", templateId: "clarification" }),
    ];
    const resolved = resolveTemplate("acknowledgement", "en", rows);
    expect(resolved).toMatchObject({ origin: "council", version: 2, source: { subject: "v2" } });
  });
});

describe("a council-edited template in use", () => {
  const { foiCase, inputs } = scenario("acknowledgement");

  test("the draft uses the council's wording and records which version", () => {
    const result = draftLetter({
      templateId: "acknowledgement",
      foiCase,
      inputs,
      settings: kingsmere,
      letterDate,
      storedTemplates: [row({ version: 4 })],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.subject).toBe("Request FOI/2026/0417 received");
    expect(result.value.text).toContain(
      "We received your request FOI/2026/0417 on 26 Oct 2026 and will reply by 23 Nov 2026.",
    );
    expect(result.value.templates).toContainEqual({
      templateId: "acknowledgement",
      language: "en",
      origin: "council",
      version: 4,
    });
    expect(result.value.complete).toBe(true);
  });

  test("an edited acknowledgement that leaves out the reference is flagged", () => {
    const result = draftLetter({
      templateId: "acknowledgement",
      foiCase,
      inputs,
      settings: kingsmere,
      letterDate,
      storedTemplates: [
        row({ body: "Dear {{requester.name}}, we will reply by {{date case.dueDate}}." }),
      ],
    });
    expect(result.ok && result.value.issues.map((issue) => issue.code)).toEqual([
      "reference",
      "receivedDate",
    ]);
  });

  test("an edited refusal that drops the review and Commissioner paragraphs is flagged (FOIA s17(7))", () => {
    const refusal = scenario("refusal-notice");
    const body = defaultTemplate("refusal-notice", "en")
      .body.replace("{{> review-rights}}", "")
      .replace("{{> commissioner-rights}}", "");
    const result = draftLetter({
      templateId: "refusal-notice",
      ...refusal,
      settings: kingsmere,
      letterDate,
      storedTemplates: [row({ templateId: "refusal-notice", body })],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const codes = result.value.issues.map((issue) => issue.code);
    expect(codes).toContain("reviewProcedure");
    expect(codes).toContain("commissionerRight");
    expect(result.value.complete).toBe(false);
  });

  test("a council can edit a shared paragraph (the sign-off) once for every letter", () => {
    const result = draftLetter({
      templateId: "clarification",
      ...scenario("clarification"),
      settings: kingsmere,
      letterDate,
      storedTemplates: [
        row({ templateId: "sign-off", subject: "", body: "With best wishes,\n\nThe FOI Team\n" }),
      ],
    });
    expect(result.ok && result.value.text).toContain("With best wishes,");
  });
});

describe("rendering is safe", () => {
  const { foiCase, inputs } = scenario("acknowledgement");

  test("script in a value or in a council template is escaped in the HTML; no element is created", () => {
    const hostileCase = {
      ...foiCase,
      requester: { ...foiCase.requester, name: '<script>alert("x")</script>' },
      summary: '<img src=x onerror="alert(1)"> and javascript:alert(2)',
    };
    const result = draftLetter({
      templateId: "acknowledgement",
      foiCase: hostileCase,
      inputs,
      settings: kingsmere,
      letterDate,
      storedTemplates: [
        row({
          body: "<script>steal()</script>\n\nDear {{requester.name}}, {{case.summary}} {{date case.dueDate}}",
        }),
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.html).not.toMatch(/<script|<img|href="javascript/i);
    expect(result.value.html).toContain("&lt;script&gt;steal()&lt;/script&gt;");
    expect(result.value.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  test("a value cannot inject letter structure such as a heading", () => {
    const result = draftLetter({
      templateId: "acknowledgement",
      foiCase: { ...foiCase, summary: "first line\n# Fake heading\n- fake bullet" },
      inputs,
      settings: kingsmere,
      letterDate,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const headings = result.value.document.sections[0]!.blocks.filter(
      (block) => block.kind === "heading",
    );
    expect(headings.map((block) => (block.kind === "heading" ? block.text : ""))).not.toContain(
      "Fake heading",
    );
    expect(result.value.text).toContain("# Fake heading");
  });

  test("prototype properties are not reachable from a template", () => {
    const context = buildDraftContext(
      { foiCase, settings: kingsmere, inputs, letterDate, law: "foi", letterId: "acknowledgement" },
      "en",
    );
    const warn = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const result = validateTemplate(
      "acknowledgement",
      "[{{requester.constructor}}][{{requester.__proto__}}]",
      "en",
      context,
    );
    warn.mockRestore();
    if (result.ok) expect(result.value).not.toMatch(/function|Object/);
    else expect(result.problem.kind).toBe("templateError");
  });
});

describe("template mistakes are values, not exceptions", () => {
  const context = buildDraftContext(
    {
      ...scenario("acknowledgement"),
      settings: kingsmere,
      letterDate,
      law: "foi",
      letterId: "acknowledgement",
    },
    "en",
  );

  test("a syntax error gives the line", () => {
    const result = compileTemplate(
      "acknowledgement",
      "Dear {{requester.name}},\n\n{{#if case.dueDate}}\nno end",
      "en",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe("templateSyntax");
    expect(result.problem).toMatchObject({ line: expect.any(Number) });
  });

  test("a helper outside the fixed set is refused at compile time", () => {
    const result = compileTemplate(
      "acknowledgement",
      "{{lookup requester 'name'}} {{shout requester.name}}",
      "en",
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe("templateSyntax");
  });

  test("a misspelt field is reported (strict mode), naming the field", () => {
    const result = validateTemplate("acknowledgement", "Dear {{requester.nmae}}", "en", context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toContain("nmae");
  });

  test("a broken council template makes the draft fail with the version named, rather than send a wrong letter", () => {
    const result = draftLetter({
      templateId: "acknowledgement",
      ...scenario("acknowledgement"),
      settings: kingsmere,
      letterDate,
      storedTemplates: [row({ version: 7, body: "{{#each questions}}unclosed" })],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({
      kind: "templateSyntax",
      origin: "council",
      version: 7,
    });
  });

  test("dates use the British form in English and Welsh month names in Welsh", () => {
    const en = validateTemplate("acknowledgement", "{{date letterDate}}", "en", context);
    const cy = validateTemplate("acknowledgement", "{{date letterDate}}", "cy", context);
    expect(en).toEqual({ ok: true, value: "23 Nov 2026" });
    expect(cy).toEqual({ ok: true, value: "23 Tachwedd 2026" });
  });
});
