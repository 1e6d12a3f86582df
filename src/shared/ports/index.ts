export type { Clock } from "./clock";
export type {
  ConnectedHost,
  HostContext,
  HostProduct,
  HostTheme,
  PreviewHost,
} from "./hostContext";
