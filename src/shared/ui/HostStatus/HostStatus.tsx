import type { JSX } from "react";
import type { HostStatusProps } from "./HostStatus.types";
import { renderHostStatus } from "./renderHostStatus";
import { useHostStatus } from "./useHostStatus";
import { useHostStatusStyles } from "./useHostStatusStyles.styles";

/**
 * Says where the page is running: checking, preview mode (with the reason) or connected to its
 * Microsoft 365 host. Announced politely to screen readers when it changes.
 */
export function HostStatus(props: HostStatusProps): JSX.Element {
  const state = useHostStatus(props);
  const classes = useHostStatusStyles();
  return renderHostStatus(state, classes);
}
