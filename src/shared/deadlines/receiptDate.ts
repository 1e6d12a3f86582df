/**
 * The date of receipt: the calendar date in Europe/London on which a message reached the
 * authority. This is the only code that turns an instant into a date.
 */
import { TZDate } from "@date-fns/tz";
import { isIsoDate, type IsoDate } from "./calendarDate";

const zoneless = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * The Europe/London calendar date of an instant. There is no cut-off hour: a message at 23:59
 * counts that day (LTT47). A bare `YYYY-MM-DD` is already a date and is returned as it is; a
 * datetime with no offset is read as London wall-clock time.
 * @example receiptDate("2026-06-30T23:30:00Z") // "2026-07-01" (BST: 00:30 on 1 July)
 * @example receiptDate("2026-01-30T23:30:00Z") // "2026-01-30" (GMT)
 * @throws RangeError when the text is not a date or an ISO 8601 datetime.
 */
export function receiptDate(instant: string | Date): IsoDate {
  if (typeof instant === "string") {
    const text = instant.trim();
    if (isIsoDate(text)) return text;
    const local = zoneless.exec(text);
    if (local && isIsoDate(local[1])) return local[1];
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
      throw new RangeError(`'${instant}' is not a date (YYYY-MM-DD) or an ISO 8601 datetime`);
    }
    return receiptDate(new Date(text));
  }
  if (Number.isNaN(instant.getTime())) throw new RangeError("the arrival time is not a valid date");
  const london = new TZDate(instant.getTime(), "Europe/London");
  const month = String(london.getMonth() + 1).padStart(2, "0");
  const day = String(london.getDate()).padStart(2, "0");
  return `${london.getFullYear()}-${month}-${day}` as IsoDate;
}
