import { ColumnRef, odata, odataLiteral } from "../../../src/shared/register/odataFilter";
import { requestsList } from "../../../src/shared/register/listSchema";

describe("OData filter values", () => {
  test("quotes are doubled and then the literal is percent-encoded, so & # + cannot break the query string", () => {
    expect(odataLiteral("O'Brien & Co #1+2")).toBe("'O''Brien%20%26%20Co%20%231%2B2'");
    expect(decodeURIComponent(odataLiteral("O'Brien & Co #1+2"))).toBe("'O''Brien & Co #1+2'");
  });

  test("the tagged template escapes every value and writes columns as fields/<Name>", () => {
    const filter = odata`${ColumnRef.of(requestsList, "Assignee")} eq ${"a' or 1 eq 1 or 'b"}`;
    expect(filter).toBe(`fields/Assignee eq ${encodeURIComponent("'a'' or 1 eq 1 or ''b'")}`);
  });

  test("numbers, booleans and null are written as OData literals", () => {
    expect(odata`x eq ${3} and y eq ${true} and z eq ${null}`).toBe(
      "x eq 3 and y eq true and z eq null",
    );
  });

  test("only indexed columns can be filtered on, so no query can trip the 5,000-item threshold", () => {
    expect(() => ColumnRef.of(requestsList, "Summary")).toThrow(/not indexed/);
    expect(() => ColumnRef.of(requestsList, "Status")).not.toThrow();
  });
});
