/** The Word letter opens as a valid .docx: a zip with the parts Word needs and the letter's text. */
import JSZip from "jszip";
import { draftDocx, draftLetter, type Draft } from "../../../src/shared/drafting";
import { glanmorfa, kingsmere, letterDate, scenario } from "./draftFixtures";

function draft(language: "en" | "bilingual"): Draft {
  const result = draftLetter({
    templateId: "refusal-notice",
    ...scenario("refusal-notice"),
    settings: language === "en" ? kingsmere : glanmorfa,
    letterDate,
    language,
  });
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("");

describe("Word letter", () => {
  test("is a zip with the parts of a Word document, holding the letter with the letterhead in the header", async () => {
    const bytes = await draftDocx(draft("en"));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip
    const zip = await JSZip.loadAsync(bytes);
    for (const part of [
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
      "word/styles.xml",
    ]) {
      expect(zip.file(part)).not.toBeNull();
    }
    const documentXml = await zip.file("word/document.xml")!.async("string");
    expect(documentXml).toMatch(/^<\?xml[^>]*\?>\s*<w:document/);
    const text = xmlText(documentXml);
    expect(text).toContain("Refusal notice");
    expect(text).toContain(
      "Section 43(2) of the Freedom of Information Act 2000: Commercial interests",
    );
    expect(text).toContain("section 50 of the Freedom of Information Act 2000");
    expect(text).toContain("Sam Okafor");

    const headerNames = Object.keys(zip.files).filter((name) =>
      /^word\/header\d*\.xml$/.test(name),
    );
    const headers = await Promise.all(headerNames.map((name) => zip.file(name)!.async("string")));
    expect(headers.map(xmlText).join(" ")).toContain("Kingsmere District Council");
  });

  test("a bilingual letter holds the Welsh text before the English", async () => {
    const zip = await JSZip.loadAsync(await draftDocx(draft("bilingual")));
    const text = xmlText(await zip.file("word/document.xml")!.async("string"));
    expect(text).toContain("Hysbysiad gwrthod");
    expect(text.indexOf("Hysbysiad gwrthod")).toBeLessThan(text.indexOf("Refusal notice"));
    const xml = await zip.file("word/document.xml")!.async("string");
    // Welsh runs are marked Welsh so Word proofs them and screen readers pronounce them as Welsh.
    expect(xml).toContain('<w:lang w:val="cy-GB"/>');
    expect(xml).toContain('<w:lang w:val="en-GB"/>');
  });

  test("text that looks like XML is escaped inside the document", async () => {
    const base = scenario("refusal-notice");
    const result = draftLetter({
      templateId: "refusal-notice",
      ...base,
      foiCase: { ...base.foiCase, summary: "Contracts <w:t>&</w:t> schedules" },
      settings: kingsmere,
      letterDate,
    });
    if (!result.ok) throw new Error(result.problem.message);
    const zip = await JSZip.loadAsync(await draftDocx(result.value));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Contracts &lt;w:t&gt;&amp;&lt;/w:t&gt; schedules");
  });
});
