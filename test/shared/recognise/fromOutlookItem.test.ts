import { fromOutlookItem, recogniseMessage } from "../../../src/shared/recognise";

describe("fromOutlookItem: what the task pane reads through Office.js", () => {
  const item = {
    subject: "Freedom of Information request - Grit bins",
    from: { displayName: "Imogen Tallis", emailAddress: "Imogen.Tallis@example.org" },
    to: [{ displayName: "FOI", emailAddress: "foi@larkhill.gov.uk" }],
    internetHeaders:
      "Reply-To: Imogen <imogen.home@example.net>\r\nAuto-Submitted: no\r\nMessage-ID: <abc@example.org>\r\n",
    bodyText: "",
    bodyHtml:
      "<p>Under the Freedom of Information Act please provide:</p><ol><li>Grit bin locations</li><li>Refill dates</li></ol><p>Imogen Tallis</p>",
    dateTimeCreated: "2026-06-30T23:30:00Z",
    conversationId: "AAQkADk3",
    attachments: [{ name: "map.pdf", contentType: "application/pdf", size: 2048 }],
  };

  it("keeps the reply address from the internet headers and the arrival time", () => {
    const message = fromOutlookItem(item);
    expect(message.replyTo).toEqual([{ name: "Imogen", address: "imogen.home@example.net" }]);
    expect(message.from?.address).toBe("imogen.tallis@example.org");
    expect(message.receivedAt).toBe("2026-06-30T23:30:00.000Z");
    expect(message.internetMessageId).toBe("<abc@example.org>");
  });

  it("reads an HTML-only item as a request with its questions", () => {
    const result = recogniseMessage(fromOutlookItem(item));
    expect(result.kind).toBe("foi");
    expect(result.questions).toEqual(["Grit bin locations", "Refill dates"]);
    expect(result.requester.email).toBe("imogen.home@example.net");
    expect(result.receivedDate).toBe("2026-07-01");
  });

  it("copes with an item that has almost nothing", () => {
    const result = recogniseMessage(fromOutlookItem({}));
    expect(result.kind).toBe("other");
    expect(result.receivedDate).toBeNull();
  });
});
