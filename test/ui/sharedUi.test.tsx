/**
 * The shared components as a person sees them, rendered to HTML with React's server renderer
 * (no browser needed). The browser tests cover interaction and accessibility.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { dueDate, parseIsoDate, regimeIds, regimes } from "../../src/shared/deadlines";
import { DeadlineCalculator } from "../../src/shared/ui/DeadlineCalculator";
import { DeadlineExplanation } from "../../src/shared/ui/DeadlineExplanation";
import { HostStatus } from "../../src/shared/ui/HostStatus";
import { RegimeTable } from "../../src/shared/ui/RegimeTable";
import { whereHolidayApplies } from "../../src/shared/ui/whereHolidayApplies";
import { WorkingDayFacts } from "../../src/shared/ui/WorkingDayFacts";

/** The visible text of a rendered element, tags removed and entities decoded. */
function textOf(element: ReactElement): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>{element}</FluentProvider>,
  );
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

describe("DeadlineExplanation", () => {
  it("shows FOIA 20 working days from Fri 6 Mar 2026 as due Wed 8 Apr 2026, listing St Patrick's Day (NI), Good Friday and Easter Monday as skipped", () => {
    const deadline = dueDate({ regime: "foi", received: parseIsoDate("2026-03-06") });
    const text = textOf(<DeadlineExplanation deadline={deadline} />);
    expect(text).toContain("Due Wed 8 Apr 2026");
    expect(text).toContain("Freedom of Information Act 2000 (FOIA s10(1)): 20 working days");
    expect(text).toContain("Received Fri 6 Mar 2026");
    expect(text).toContain("Tue 17 Mar 2026 : St Patrick's Day (Northern Ireland)");
    expect(text).toContain("Fri 3 Apr 2026 : Good Friday (every part of the UK)");
    expect(text).toContain(
      "Mon 6 Apr 2026 : Easter Monday (England and Wales and Northern Ireland)",
    );
    expect(text).not.toContain("Provisional");
  });

  it("says a date is provisional when the count runs past the bank holidays known, since it may move", () => {
    const deadline = dueDate({ regime: "foi", received: parseIsoDate("2035-06-01") });
    expect(deadline.provisional).toBe(true);
    expect(textOf(<DeadlineExplanation deadline={deadline} />)).toContain("Provisional");
  });

  it("says so when no bank holiday fell in the period, rather than showing an empty list", () => {
    const deadline = dueDate({ regime: "foi", received: parseIsoDate("2026-06-01") });
    expect(deadline.skipped).toEqual([]);
    expect(textOf(<DeadlineExplanation deadline={deadline} />)).toContain(
      "No bank holidays fell within the period.",
    );
  });
});

describe("DeadlineCalculator", () => {
  it("works out the due date for its starting date at once, before anyone types", () => {
    const text = textOf(<DeadlineCalculator defaultReceived={parseIsoDate("2026-03-06")} />);
    expect(text).toContain("Date received");
    expect(text).toContain("Regime");
    expect(text).toContain("Due Wed 8 Apr 2026");
  });

  it("asks where the authority is only for subject access, whose holidays depend on it", () => {
    const received = parseIsoDate("2026-03-06");
    expect(textOf(<DeadlineCalculator defaultReceived={received} />)).not.toContain(
      "Where the authority is",
    );
    expect(textOf(<DeadlineCalculator defaultReceived={received} defaultRegime="sar" />)).toContain(
      "Where the authority is",
    );
  });
});

describe("HostStatus", () => {
  it("names the product and the reason in preview mode", () => {
    const text = textOf(
      <HostStatus
        product="outlook"
        host={{ mode: "preview", product: "outlook", reason: "Office.js did not load." }}
      />,
    );
    expect(text).toContain("Preview mode: not running inside Outlook");
    expect(text).toContain("Office.js did not load.");
  });

  it("says which host it is connected to", () => {
    const text = textOf(
      <HostStatus
        product="teams"
        host={{ mode: "connected", product: "teams", hostName: "Outlook", theme: "light" }}
      />,
    );
    expect(text).toBe("Connected to Outlook.");
  });
});

describe("RegimeTable", () => {
  it("has a row for every regime in the engine's table, with its statute and time limit", () => {
    const text = textOf(<RegimeTable />);
    for (const id of regimeIds) {
      expect(text).toContain(regimes[id].name);
      expect(text).toContain(regimes[id].statute);
    }
  });

  it("gives the due date for a request received on Tue 17 Mar 2026 (a NI holiday): FOIA Thu 16 Apr 2026", () => {
    const text = textOf(<RegimeTable receivedOn={parseIsoDate("2026-03-17")} />);
    expect(text).toContain("Due if received Tue 17 Mar 2026");
    expect(text).toContain(
      `FOIA s10(1) 20 working days ${regimes.foi.calendarText} Thu 16 Apr 2026`,
    );
  });
});

describe("WorkingDayFacts", () => {
  it("on Tue 17 Mar 2026 (St Patrick's Day) says it is not a working day UK-wide but is in Scotland", () => {
    const text = textOf(<WorkingDayFacts today={parseIsoDate("2026-03-17")} />);
    expect(text).toContain(
      "FOIA and EIR Bank holidays in any part of the UK Working day today No Next working day Wed 18 Mar 2026",
    );
    expect(text).toContain(
      "FOISA and EISR Scottish bank holidays Working day today Yes Next working day Wed 18 Mar 2026",
    );
    expect(text).toContain("Tue 17 Mar 2026 : St Patrick's Day (Northern Ireland)");
  });
});

describe("whereHolidayApplies", () => {
  it.each([
    [["northern-ireland"], "Northern Ireland"],
    [["england-and-wales", "northern-ireland"], "England and Wales and Northern Ireland"],
    [["england-and-wales", "scotland", "northern-ireland"], "every part of the UK"],
  ] as const)("describes %j as %s", (divisions, words) => {
    expect(whereHolidayApplies(divisions)).toBe(words);
  });
});
