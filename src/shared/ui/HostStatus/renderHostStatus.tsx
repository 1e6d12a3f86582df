import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { JSX } from "react";
import type { HostStatusState } from "./HostStatus.types";
import type { HostStatusClasses } from "./useHostStatusStyles.styles";

/** A status region: a message bar while checking or in preview, one quiet line when connected. */
export function renderHostStatus(state: HostStatusState, classes: HostStatusClasses): JSX.Element {
  return (
    <div role="status" aria-live="polite" data-host-status={state.kind}>
      {state.kind === "connected" ? (
        <p className={classes.connected}>{state.detail}</p>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.title}</MessageBarTitle> {state.detail}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
