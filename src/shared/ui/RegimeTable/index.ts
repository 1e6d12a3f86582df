export { RegimeTable } from "./RegimeTable";
export type { RegimeRow, RegimeTableProps, RegimeTableState } from "./RegimeTable.types";
