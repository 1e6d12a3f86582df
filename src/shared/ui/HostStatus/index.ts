export { HostStatus } from "./HostStatus";
export type { HostStatusProps, HostStatusState } from "./HostStatus.types";
