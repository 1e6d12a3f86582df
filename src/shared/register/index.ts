/**
 * The register for hosts: the port, its two implementations, provisioning and the helpers they
 * need. Browser-safe (no Node imports); Node-only pieces live in ../platform.
 */
export * from "./caseRepository";
export { GraphCaseRepository, type GraphCaseRepositoryOptions } from "./graphCaseRepository";
export {
  InMemoryCaseRepository,
  type InMemoryCaseRepositoryOptions,
} from "./inMemoryCaseRepository";
export {
  graphClientRequester,
  type GraphRequester,
  type GraphAnswer,
  type GraphFailure,
} from "./graphRequester";
export { GraphLetterTemplateStore, type LetterTemplateRecord } from "./letterTemplateStore";
export { provision, type ProvisionReport } from "./provision";
export {
  provisionPlan,
  describeStep,
  type ProvisionPlan,
  type ProvisionStep,
} from "./provisionPlan";
export { registerLists, requestsList, eventsList, settingsList, templatesList } from "./listSchema";
export { odata, ColumnRef } from "./odataFilter";
export { messageKey } from "./messageKey";
