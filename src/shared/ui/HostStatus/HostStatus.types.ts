import type { HostContext, HostProduct } from "../../ports";

export interface HostStatusProps {
  /** Where the page runs; undefined while the host is still being asked. */
  host: HostContext | undefined;
  /** The product the page is built for, used while checking. */
  product: HostProduct;
}

export interface HostStatusState {
  kind: "checking" | "preview" | "connected";
  /** "Preview mode: not running inside Outlook" */
  title: string;
  /** What that means for the person, including the reason for preview mode. */
  detail: string;
}
