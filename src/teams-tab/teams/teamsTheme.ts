import type { HostTheme } from "../../shared/ports";

/**
 * The tab's colour scheme for a Teams theme name. Teams reports "default", "dark" or "contrast"
 * (newer clients also "glass"); anything unknown is treated as light.
 * @example hostThemeFromTeams("contrast") // "contrast"
 */
export function hostThemeFromTeams(teamsTheme: string | undefined): HostTheme {
  switch (teamsTheme) {
    case "dark":
      return "dark";
    case "contrast":
      return "contrast";
    default:
      return "light";
  }
}
