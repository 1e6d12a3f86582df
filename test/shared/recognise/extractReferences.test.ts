import { extractReferences, referencePatternSource } from "../../../src/shared/recognise";

describe("extractReferences: case references, not other people's numbers", () => {
  it("finds common request reference shapes", () => {
    const text =
      "Re: FOI/2024/0123. Also SCO/FOI/033/2024, FOI 12345, EIR-2025-77, your ref RCC/IR/25/1460 and my request GCC-2026-0091.";
    expect(extractReferences(text)).toEqual([
      "FOI/2024/0123",
      "SCO/FOI/033/2024",
      "FOI 12345",
      "EIR-2025-77",
      "RCC/IR/25/1460",
      "GCC-2026-0091",
    ]);
  });

  it("leaves out ICO, tribunal, PCN, invoice, complaint, account and planning numbers", () => {
    const text =
      "ICO case IC-418805-P7Q2, tribunal EA/2019/0123, PCN-2025-4411, invoice INV-2026-0193, complaint COMP-2025-0311, account 90044123, planning 25/01456/FUL and PA24/03318.";
    expect(extractReferences(text)).toEqual([]);
  });

  it("leaves out a job reference, wherever else the same number appears", () => {
    const text =
      "Application - Information Governance Assistant (LK-IG-0126)\nPlease find my application for the post (job ref LK-IG-0126).";
    expect(extractReferences(text)).toEqual([]);
    expect(extractReferences("Re: your request LK-IG-0126")).toEqual(["LK-IG-0126"]);
  });

  it("finds a bare year-and-number after the word ref, but not a job's or an invoice's", () => {
    expect(extractReferences("please withdraw my request ref 26-0377 (cancer figures)")).toEqual([
      "26-0377",
    ]);
    expect(extractReferences("Subject: Ref: 26-0301 - spreadsheet version")).toEqual(["26-0301"]);
    expect(extractReferences("invoice ref 26-0377 and job ref 26-0456")).toEqual([]);
  });

  it("does not let 'payment made' in the subject disown the reference the body calls ours", () => {
    expect(
      extractReferences(
        "Payment made - EIR/2026/071\nI have paid the fee for (your ref EIR/2026/071).",
      ),
    ).toEqual(["EIR/2026/071"]);
  });

  it("does not read request counts '(FOI 1,207; EIR 205)' as a reference", () => {
    expect(extractReferences("Requests received: 1,412 (FOI 1,207; EIR 205).")).toEqual([]);
  });

  it("keeps our reference when an ICO complaint about it is mentioned", () => {
    expect(extractReferences("then the ICO complaint on FOI/2026/0152.")).toEqual([
      "FOI/2026/0152",
    ]);
  });

  it("finds spaced references with a year and sequence", () => {
    expect(extractReferences("RE: FOI 25/188 - response and SAR 2025-0091")).toEqual([
      "FOI 25/188",
      "SAR 2025-0091",
    ]);
    expect(extractReferences("under FOI 25 questions")).toEqual([]);
    expect(extractReferences("RE: EFRS FOI 2025/044 - extension")).toEqual(["EFRS FOI 2025/044"]);
  });

  it("does not read 'FOIA 2000' as a reference", () => {
    expect(extractReferences("a request under FOIA 2000 and the FOI 2000 Act")).toEqual([]);
  });

  it("recognises the council's configured format", () => {
    const settings = {
      referenceFormat: "LHC{YY}-{SEQ:5}",
      extraReferencePatterns: ["\\bQ\\d{6}\\b"],
    };
    expect(extractReferences("Our ref LHC26-00042, and Q123456", settings)).toEqual([
      "LHC26-00042",
      "Q123456",
    ]);
  });

  it("builds a pattern from format tokens", () => {
    const pattern = new RegExp(referencePatternSource("FOI/{YYYY}/{SEQ:4}"));
    expect(pattern.test("FOI/2026/0042")).toBe(true);
    expect(pattern.test("FOI/26/0042")).toBe(false);
  });

  it("ignores a broken configured pattern rather than failing", () => {
    expect(
      extractReferences("FOI/2026/0001", {
        referenceFormat: "FOI/{YYYY}/{SEQ:4}",
        extraReferencePatterns: ["(unclosed"],
      }),
    ).toEqual(["FOI/2026/0001"]);
  });
});

describe("extractReferences: spaced and slashed FOI numbers", () => {
  it("reads 'FOI 2026/4410' as one reference but not a bare year", () => {
    expect(extractReferences("Re: FOI 2026/4410 response, under FOI 2026")).toEqual([
      "FOI 2026/4410",
    ]);
  });
});
