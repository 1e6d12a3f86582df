import { htmlToText } from "../../../src/shared/recognise";

describe("htmlToText: untrusted HTML read as text", () => {
  it("numbers ordered lists and nests sub-lists", () => {
    const text = htmlToText(
      "<p>Please send:</p><ol><li>Spend</li><li>Closures:<ol type='a'><li>where</li><li>when</li></ol></li></ol>",
    );
    expect(text).toBe("Please send:\n\n1. Spend\n2. Closures:\n  a. where\n  b. when");
  });

  it("keeps list items whose text sits inside a block element on the marker's line", () => {
    expect(
      htmlToText('<ol><li><div role="presentation">A list of memberships</div></li></ol>'),
    ).toBe("1. A list of memberships");
  });

  it("never includes script, style or comments", () => {
    const text = htmlToText(
      "<style>p{}</style><script>alert('x')</script><!-- hidden --><p>Visible</p>",
    );
    expect(text).toBe("Visible");
  });

  it("decodes entities", () => {
    expect(htmlToText("<p>Fish &amp; chips &pound;5 &#8211; &#x2019;ok&rsquo;</p>")).toBe(
      "Fish & chips £5 – ’ok’",
    );
  });

  it("marks blockquoted earlier messages as quotes", () => {
    expect(htmlToText("<p>New text</p><blockquote><p>Old text</p></blockquote>")).toContain(
      "> Old text",
    );
  });

  it("survives unclosed tags and stray angle brackets", () => {
    expect(htmlToText("<p>1 < 2 and <b>bold")).toContain("1");
  });
});

describe("htmlToText: text after a list", () => {
  it("starts a new paragraph after the list ends", () => {
    expect(htmlToText("<ol><li>Spend</li><li>Staff</li></ol>Thanks, Ann")).toBe(
      "1. Spend\n2. Staff\n\nThanks, Ann",
    );
  });
});
