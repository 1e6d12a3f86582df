/**
 * The recogniser: tells information requests from everything else in an FOI mailbox and reads
 * them as an FOI officer would. Pure: runs in the Outlook task pane and in Node. See README.md.
 *
 * .msg reading (parseMsg, and recogniseBytes which uses it) is deliberately not exported here:
 * @kenjiuno/msgreader pulls in iconv-lite, which needs a Buffer polyfill in a browser bundle.
 * Import "./recogniseBytes" or "./parseMsg" directly where .msg files are read.
 */
export * from "./mailMessage";
export * from "./parseEml";
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
export * from "./findSimilarRequests";
