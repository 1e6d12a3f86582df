import { makeStyles, tokens } from "@fluentui/react-components";

export const useHostStatusStyles = makeStyles({
  connected: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export type HostStatusClasses = ReturnType<typeof useHostStatusStyles>;
