import type { JSX } from "react";
import type { HostContext } from "../../shared/ports";
import { HostStatus } from "../../shared/ui/HostStatus";
import { useScreenStyles } from "./useScreenStyles.styles";

export interface ConfigScreenProps {
  host: HostContext | undefined;
}

/** The channel tab's configuration page: nothing to choose yet, so Save is enabled at once. */
export function ConfigScreen({ host }: ConfigScreenProps): JSX.Element {
  const classes = useScreenStyles();
  return (
    <main className={classes.main}>
      <h1 className={classes.title}>Add FOI Desk to this channel</h1>
      <HostStatus host={host} product="teams" />
      <p>
        The tab shows the FOI time limits and today&apos;s working-day facts to everyone in the
        channel. Select Save to add it.
      </p>
    </main>
  );
}
