/**
 * The recogniser: tells information requests from everything else in an FOI mailbox and reads
 * them as an FOI officer would. Pure: runs in the Outlook task pane and in Node. See README.md.
 */
export * from "./mailMessage";
export * from "./parseEml";
export * from "./parseMsg";
export * from "./fromOutlookItem";
export * from "./htmlToText";
export * from "./splitBody";
export * from "./extractQuestions";
export * from "./extractReferences";
export * from "./detectLanguage";
export * from "./identifyRequester";
export * from "./readPreferences";
export * from "./checkValidity";
export * from "./classifyMessage";
export * from "./recogniseMessage";
export * from "./recogniseBytes";
export * from "./findSimilarRequests";
