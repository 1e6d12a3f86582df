import type { HostProduct } from "../../ports";
import type { HostStatusProps, HostStatusState } from "./HostStatus.types";

const productNames: Readonly<Record<HostProduct, string>> = {
  outlook: "Outlook",
  teams: "Teams",
};

/** The words for where the page is running. */
export function useHostStatus(props: HostStatusProps): HostStatusState {
  const { host, product } = props;
  const productName = productNames[product];
  if (host === undefined) {
    return {
      kind: "checking",
      title: `Checking for ${productName}`,
      detail: `Finding out whether this page is running inside ${productName}.`,
    };
  }
  if (host.mode === "preview") {
    return {
      kind: "preview",
      title: `Preview mode: not running inside ${productName}`,
      detail: `${host.reason} Everything on this page still works; nothing is read from or saved to ${productName}.`,
    };
  }
  return {
    kind: "connected",
    title: `Running in ${host.hostName}`,
    detail: `Connected to ${host.hostName}.`,
  };
}
