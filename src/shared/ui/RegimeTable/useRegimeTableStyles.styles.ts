import { makeStyles, tokens } from "@fluentui/react-components";

export const useRegimeTableStyles = makeStyles({
  root: {
    overflowX: "auto",
  },
  caption: {
    textAlign: "start",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  rowHeader: {
    textAlign: "start",
    verticalAlign: "middle",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  shortName: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  due: {
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
});

export type RegimeTableClasses = ReturnType<typeof useRegimeTableStyles>;
