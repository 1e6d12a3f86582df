import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMsg } from "../../../src/shared/recognise/parseMsg";
import { recogniseBytes } from "../../../src/shared/recognise/recogniseBytes";

const fixture = new Uint8Array(
  readFileSync(join(__dirname, "..", "..", "fixtures", "messages", "grit-bins.msg")),
);

describe("parseMsg: Outlook .msg files", () => {
  it("reads subject, sender, body and the transport headers kept in the file", () => {
    const result = parseMsg(fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.subject).toBe("FOI request - Grit bins");
    expect(result.value.from).toEqual({
      name: "Nell Ashdown",
      address: "nell.ashdown@example.org",
    });
    expect(result.value.replyTo).toEqual([{ name: "Nell", address: "nell.home@example.net" }]);
    expect(result.value.internetMessageId).toBe("<msg1@example.org>");
  });

  it("recognises the request in it end to end", async () => {
    const result = await recogniseBytes(fixture);
    expect(result.ok && result.value.kind).toBe("foi");
    expect(result.ok && result.value.questions).toEqual([
      "The number of grit bins.",
      "The cost of refilling them in 2025.",
    ]);
    expect(result.ok && result.value.requester).toMatchObject({
      name: "Nell Ashdown",
      email: "nell.home@example.net",
    });
    expect(result.ok && result.value.receivedDate).toBe("2026-07-01");
  });

  it("returns a problem for a broken compound file", () => {
    const broken = fixture.slice(0, 600);
    expect(parseMsg(broken).ok).toBe(false);
  });
});
