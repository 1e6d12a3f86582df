import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { HostContext } from "../../shared/ports";

/**
 * The Fluent theme for the tab: Teams' own light, dark or high-contrast theme inside Teams; in
 * preview mode the web theme that matches the browser's colour-scheme preference.
 */
export function fluentTheme(host: HostContext | undefined, prefersDark: boolean): Theme {
  if (host?.mode !== "connected") return prefersDark ? webDarkTheme : webLightTheme;
  switch (host.theme) {
    case "dark":
      return teamsDarkTheme;
    case "contrast":
      return teamsHighContrastTheme;
    default:
      return teamsLightTheme;
  }
}
