import type { JSX } from "react";
import type { IsoDate } from "../../shared/deadlines";
import type { HostContext } from "../../shared/ports";
import { HostStatus } from "../../shared/ui/HostStatus";
import { RegimeTable } from "../../shared/ui/RegimeTable";
import { WorkingDayFacts } from "../../shared/ui/WorkingDayFacts";
import { useScreenStyles } from "./useScreenStyles.styles";

export interface TodayScreenProps {
  host: HostContext | undefined;
  /** Today in Europe/London, from the host's clock. */
  today: IsoDate;
}

/** The tab's first screen: today's working-day facts and the regimes with today's due dates. */
export function TodayScreen({ host, today }: TodayScreenProps): JSX.Element {
  const classes = useScreenStyles();
  return (
    <main className={classes.main}>
      <h1 className={classes.title}>FOI Desk</h1>
      <HostStatus host={host} product="teams" />
      <WorkingDayFacts today={today} />
      <section className={classes.section} aria-labelledby="regimes-heading">
        <h2 id="regimes-heading" className={classes.heading}>
          Regimes
        </h2>
        <p className={classes.note}>
          Due dates are for a request received today by an authority in England and Wales (only
          subject access depends on where the authority is).
        </p>
        <RegimeTable receivedOn={today} nation="england-and-wales" />
      </section>
    </main>
  );
}
