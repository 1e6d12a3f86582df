export * from "./case";
export * from "./councilSettings";
export * from "./caseStatus";
export * from "./applyTransition";
export * from "./caseReference";
export * from "./result";
export * from "./caseDeadlines";
