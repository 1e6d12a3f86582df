import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { JSX } from "react";
import type { RegimeTableState } from "./RegimeTable.types";
import type { RegimeTableClasses } from "./useRegimeTableStyles.styles";

/** A captioned table of regimes; the regime name is each row's header cell. */
export function renderRegimeTable(
  state: RegimeTableState,
  classes: RegimeTableClasses,
): JSX.Element {
  return (
    <div className={classes.root}>
      <Table aria-labelledby={state.captionId}>
        <caption id={state.captionId} className={classes.caption}>
          {state.caption}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Regime</TableHeaderCell>
            <TableHeaderCell scope="col">Statute</TableHeaderCell>
            <TableHeaderCell scope="col">Time limit</TableHeaderCell>
            <TableHeaderCell scope="col">Holidays that stop the count</TableHeaderCell>
            {state.showsDue && <TableHeaderCell scope="col">{state.dueHeading}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.rows.map((row) => (
            <TableRow key={row.id}>
              <th scope="row" className={classes.rowHeader}>
                {row.name}
                <span className={classes.shortName}>{row.shortName}</span>
              </th>
              <TableCell>{row.statute}</TableCell>
              <TableCell>{row.limitText}</TableCell>
              <TableCell>{row.calendarText}</TableCell>
              {state.showsDue && <TableCell className={classes.due}>{row.dueText}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
