/**
 * The deadline engine: when a request must be answered, under which rule, and why. Pure: no I/O,
 * no clock ("today" is a parameter). See README.md for the rules and their sources.
 */
export * from "./calendarDate";
export * from "./bankHolidays";
export * from "./workingDays";
export * from "./regimes";
export * from "./clockEvents";
export * from "./dueDate";
export * from "./deadlineStatus";
export * from "./receiptDate";
export * from "./projectedHolidays";
export * from "./parseDeadlineRequest";
