/**
 * The only way UI code learns the current time. Hosts pass the system clock; tests pass a fixed
 * one. The deadline core never reads a clock: it takes "today" as a parameter.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}
