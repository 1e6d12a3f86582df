import { useId, useMemo } from "react";
import { dueDate, formatBritishDate, regimeIds, regimes } from "../../deadlines";
import type { RegimeRow, RegimeTableProps, RegimeTableState } from "./RegimeTable.types";

const britishDate = (date: Parameters<typeof formatBritishDate>[0]) =>
  formatBritishDate(date, { weekday: true, year: true });

/** One row per regime in the engine's table, with the due date for `receivedOn` if given. */
export function useRegimeTable(props: RegimeTableProps): RegimeTableState {
  const { receivedOn, nation = "england-and-wales", holidays } = props;
  const captionId = useId();
  const rows = useMemo(
    () =>
      regimeIds.map((id): RegimeRow => {
        const rule = regimes[id];
        let dueText: string | undefined;
        if (receivedOn !== undefined) {
          const deadline = dueDate({ regime: id, received: receivedOn, nation }, holidays);
          dueText = deadline.due === null ? "No date yet" : britishDate(deadline.due);
          if (deadline.provisional) dueText += " (provisional)";
        }
        return {
          id,
          name: rule.name,
          shortName: rule.shortName,
          statute: rule.statute,
          limitText: rule.limitText,
          calendarText: rule.calendarText,
          dueText,
        };
      }),
    [receivedOn, nation, holidays],
  );
  return {
    captionId,
    caption: "Regimes and their time limits",
    showsDue: receivedOn !== undefined,
    dueHeading: receivedOn === undefined ? "" : `Due if received ${britishDate(receivedOn)}`,
    rows,
  };
}
