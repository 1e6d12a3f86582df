import type { JSX } from "react";
import type { RegimeTableProps } from "./RegimeTable.types";
import { renderRegimeTable } from "./renderRegimeTable";
import { useRegimeTable } from "./useRegimeTable";
import { useRegimeTableStyles } from "./useRegimeTableStyles.styles";

/**
 * Every regime FOI Desk knows: its law, statute, time limit and which bank holidays count, and
 * optionally the due date for a request received on a given day.
 */
export function RegimeTable(props: RegimeTableProps): JSX.Element {
  const state = useRegimeTable(props);
  const classes = useRegimeTableStyles();
  return renderRegimeTable(state, classes);
}
