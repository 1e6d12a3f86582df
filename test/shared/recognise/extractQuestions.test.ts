import { extractQuestions } from "../../../src/shared/recognise";

describe("extractQuestions: the numbered items as the requester wrote them", () => {
  it("strips the numbering and keeps the order", () => {
    expect(
      extractQuestions(
        "Please provide:\n\n1. Spend on taxis.\n2) Number of journeys.\n(3) The policy.",
      ),
    ).toEqual(["Spend on taxis.", "Number of journeys.", "The policy."]);
  });

  it("lists nested items (1a, 1b) as their leaves", () => {
    expect(
      extractQuestions(
        "1. Spend on agency staff:\n   1a. in 2024\n   1b. in 2025\n2. The number of agencies used.",
      ),
    ).toEqual(["in 2024", "in 2025", "The number of agencies used."]);
  });

  it("tells (i) the roman numeral from (i) the letter after (h)", () => {
    const roman = extractQuestions(
      "a) Grants paid:\n(i) to charities\n(ii) to businesses\nb) The criteria used.",
    );
    expect(roman).toEqual(["to charities", "to businesses", "The criteria used."]);
    const letters = "abcdefghi"
      .split("")
      .map((letter) => `${letter}) Item ${letter}`)
      .join("\n");
    expect(extractQuestions(letters)).toHaveLength(9);
  });

  it("reads hyphen, asterisk and bullet-character lists", () => {
    expect(extractQuestions("- first thing;\n* second thing;\n• third thing")).toEqual([
      "first thing;",
      "second thing;",
      "third thing",
    ]);
  });

  it("joins hard-wrapped lines of one item", () => {
    expect(
      extractQuestions(
        "1. The number of primary schools with fewer\n   than 60 pupils.\n2. Their names.",
      ),
    ).toEqual(["The number of primary schools with fewer than 60 pupils.", "Their names."]);
  });

  it("leaves out the prose paragraph after the list", () => {
    expect(
      extractQuestions(
        "1. Spend in 2024.\n2. Spend in 2025.\n\nIf schools record this separately please leave them out.",
      ),
    ).toEqual(["Spend in 2024.", "Spend in 2025."]);
  });

  it("reads lists whose items are separated by blank lines", () => {
    expect(extractQuestions("1) First.\n\n2) Second.\n\n3) Third.")).toEqual([
      "First.",
      "Second.",
      "Third.",
    ]);
  });

  it("does not mistake a sentence starting with an initial for a list", () => {
    expect(extractQuestions("P. Smith asked me to write.\nI. Jones agreed.")).toEqual([]);
  });

  it("returns nothing for unnumbered prose", () => {
    expect(
      extractQuestions("Please tell me how much the council spent on hanging baskets this summer."),
    ).toEqual([]);
  });
});

describe("extractQuestions: where a list ends", () => {
  it("does not run a closing sentence into the last item when no blank line separates them", () => {
    expect(
      extractQuestions("1. Spend in 2024\n2. Spend in 2025\nThank you for your help with this."),
    ).toEqual(["Spend in 2024", "Spend in 2025"]);
  });

  it("still joins an unindented wrapped line that continues the sentence", () => {
    expect(extractQuestions("1. The number of staff who\nleft in 2025.\n2. Their grades.")).toEqual(
      ["The number of staff who left in 2025.", "Their grades."],
    );
  });
});
