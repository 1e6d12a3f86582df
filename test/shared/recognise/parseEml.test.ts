import { parseEml } from "../../../src/shared/recognise";
import { parseMessageFile, recogniseBytes } from "../../../src/shared/recognise/recogniseBytes";
import { eml } from "./messageBuilder";

const headers = (extra: string[] = []): string[] => [
  "From: Imogen Tallis <Imogen.Tallis@Example.org>",
  "To: foi@larkhill.gov.uk",
  "Subject: =?utf-8?q?FOI_request_=E2=80=93_caf=C3=A9s?=",
  "Date: Tue, 30 Jun 2026 23:30:00 +0000",
  "MIME-Version: 1.0",
  ...extra,
];

describe("parseEml: any charset or transfer encoding", () => {
  it("decodes encoded-word subjects and lower-cases addresses", async () => {
    const result = await parseEml(
      eml(headers(["Content-Type: text/plain; charset=utf-8"]), "Hello"),
    );
    expect(result.ok && result.value.subject).toBe("FOI request – cafés");
    expect(result.ok && result.value.from?.address).toBe("imogen.tallis@example.org");
  });

  it("reads windows-1252 quoted-printable bodies", async () => {
    const body = "Please provide the caf=E9 rent =96 =A3 amounts.";
    const result = await parseEml(
      eml(
        headers([
          "Content-Type: text/plain; charset=windows-1252",
          "Content-Transfer-Encoding: quoted-printable",
        ]),
        body,
      ),
    );
    expect(result.ok && result.value.text).toContain("café rent – £ amounts");
  });

  it("reads base64 bodies", async () => {
    const body = Buffer.from("Under FOI please provide the number of cafés.", "utf8").toString(
      "base64",
    );
    const result = await parseEml(
      eml(
        headers(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]),
        body,
      ),
    );
    expect(result.ok && result.value.text).toContain("number of cafés");
  });

  it("takes the arrival time from the top Received header over the Date header", async () => {
    const result = await parseEml(
      eml(
        [
          "Received: from mx.example by mail.larkhill.gov.uk; Wed, 1 Jul 2026 08:00:00 +0000",
          ...headers(["Content-Type: text/plain"]),
        ],
        "Hello",
      ),
    );
    expect(result.ok && result.value.receivedAt).toBe("2026-07-01T08:00:00.000Z");
  });

  it("returns a problem, not an exception, for an empty file or one with no headers", async () => {
    const empty = await parseEml(new Uint8Array());
    const notMail = await parseEml(new TextEncoder().encode("just some words\nwith no headers"));
    expect(empty).toEqual({ ok: false, problem: expect.objectContaining({ kind: "empty" }) });
    expect(notMail).toEqual({
      ok: false,
      problem: expect.objectContaining({ kind: "notAMessage" }),
    });
  });

  it("returns a problem for a file that looks like .msg but is not one", async () => {
    const fakeMsg = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    const result = await parseMessageFile(fakeMsg);
    expect(result.ok).toBe(false);
  });

  it("reads the receipt date in Europe/London end to end", async () => {
    const result = await recogniseBytes(
      eml(
        headers(["Content-Type: text/plain"]),
        "How many cafés does the council own?\n\nImogen Tallis",
      ),
    );
    expect(result.ok && result.value.receivedDate).toBe("2026-07-01");
  });
});

/** A mail system's bounce: its notice, then the part it returns (a message or its headers). */
function bounce(notice: string, returned: readonly string[]): Uint8Array {
  const body = [
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    notice,
    "--b1",
    ...returned,
    "--b1--",
    "",
  ].join("\r\n");
  return eml(
    [
      "From: Mail Delivery System <MAILER-DAEMON@mx.larkhill.gov.uk>",
      "To: foi@larkhill.gov.uk",
      "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    ],
    body,
  );
}

describe("parseEml: a bounce that returns our reply", () => {
  it("finds the case reference quoted in the returned message, and still keeps the bounce out of the register", async () => {
    const returned = [
      "From: FOI Team <foi@larkhill.gov.uk>",
      "To: imogen.tallis@example.org",
      "Subject: Your request",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Dear Ms Tallis,\r\n\r\nOur reference: LHC/FOI/2026/0245\r\n\r\n1. 87 properties.\r\n",
    ].join("\r\n");
    const bytes = bounce(
      "This is the mail system. Your message could not be delivered to one or more recipients.\r\n<imogen.tallis@example.org>: 550 5.1.1 User unknown",
      ["Content-Type: message/rfc822", "Content-Disposition: attachment", "", returned],
    );
    const result = await recogniseBytes(bytes);
    if (!result.ok) throw new Error(result.problem);
    expect(result.value.references).toEqual(["LHC/FOI/2026/0245"]);
    expect(result.value.kind).toBe("other");
    expect(result.value.questions).toEqual([]);
  });

  it("finds the case reference in the subject of a bounce that returns only the headers", async () => {
    const bytes = bounce("Your message could not be delivered.", [
      "Content-Type: text/rfc822-headers",
      "",
      "From: FOI Team <foi@larkhill.gov.uk>",
      "To: imogen.tallis@example.org",
      "Subject: FOI/2026/0156 - Response to your request",
      "Message-ID: <abc-2026-0001@larkhill.gov.uk>",
    ]);
    const result = await recogniseBytes(bytes);
    if (!result.ok) throw new Error(result.problem);
    expect(result.value.references).toEqual(["FOI/2026/0156"]);
    expect(result.value.kind).toBe("other");
  });
});
