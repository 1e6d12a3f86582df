import type { TeamsSdk } from "./teamsSdk";

/** The channel tab's identity; one instance shows the team's shared view. */
export const channelTabEntityId = "foi-desk-channel";

/**
 * Makes the configuration page of the channel tab saveable: Teams enables its Save button, and on
 * save records which page the tab shows. Does nothing outside Teams.
 * @param pageUrl the configuration page's own address, e.g. "https://localhost:3000/tab.html?config=1"
 */
export function configureTab(sdk: TeamsSdk, pageUrl: string): void {
  if (!sdk.config.isSupported()) return;
  const contentUrl = new URL("tab.html", pageUrl).href;
  sdk.config.registerOnSaveHandler((event) => {
    sdk.config
      .setConfig({
        entityId: channelTabEntityId,
        contentUrl,
        websiteUrl: contentUrl,
        suggestedDisplayName: "FOI Desk",
      })
      .then(
        () => event.notifySuccess(),
        (error: unknown) =>
          event.notifyFailure(
            error instanceof Error ? error.message : "Teams did not save the tab.",
          ),
      );
  });
  sdk.config.setValidityState(true);
}
