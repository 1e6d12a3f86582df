/** The Welsh and English templates use the same fields and partials, so neither language drifts. */
import Handlebars from "handlebars";
import { defaultTemplate, letterIds, partialIds } from "../../../src/shared/drafting";

type Node = { type: string; [key: string]: unknown };

/** Every path and partial a template refers to, e.g. "case.reference", "> sign-off". */
function references(source: string): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const typed = node as Node;
    // Welsh needs the mutated form of the Act's name after a preposition; it is the same field.
    if (typed.type === "PathExpression")
      found.add(String(typed.original).replace(/^law\.actMutated$/, "law.act"));
    if (typed.type === "PartialStatement")
      found.add(`> ${String((typed.name as { original: string }).original)}`);
    Object.values(typed).forEach(visit);
  };
  visit(Handlebars.parse(source));
  return found;
}

describe("Welsh and English templates", () => {
  test.each([...letterIds, ...partialIds])(
    "%s uses the same fields and partials in both languages",
    (id) => {
      const en = defaultTemplate(id, "en");
      const cy = defaultTemplate(id, "cy");
      expect(references(cy.body)).toEqual(references(en.body));
      expect(references(cy.subject)).toEqual(references(en.subject));
    },
  );
});
