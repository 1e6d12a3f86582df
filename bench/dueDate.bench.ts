/**
 * Due dates per second over 100,000 mixed cases: every regime, receipt dates across 2019–2027,
 * and a share with clarification, fees and extensions.
 */
import {
  addCalendarDays,
  dueDate,
  parseIsoDate,
  regimeIds,
  type DeadlineRequest,
} from "../src/shared/deadlines";

function mixedCases(count: number): DeadlineRequest[] {
  const start = parseIsoDate("2019-01-01");
  const cases: DeadlineRequest[] = [];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const regimes = regimeIds.filter((id) => id !== "foi-school");
  for (let index = 0; index < count; index += 1) {
    const received = addCalendarDays(start, Math.floor(random() * 365 * 9));
    const regime = regimes[index % regimes.length] as DeadlineRequest["regime"];
    const roll = random();
    const events: DeadlineRequest["events"] =
      roll < 0.1
        ? [
            { type: "clarification_requested", date: addCalendarDays(received, 2) },
            { type: "clarification_received", date: addCalendarDays(received, 12) },
          ]
        : roll < 0.2
          ? [
              { type: "fee_notice", date: addCalendarDays(received, 5) },
              { type: "fee_paid", date: addCalendarDays(received, 15) },
            ]
          : roll < 0.3
            ? [{ type: "extension", date: addCalendarDays(received, 10) }]
            : [];
    cases.push({ regime, received, events });
  }
  return cases;
}

export function bench(): void {
  const cases = mixedCases(100_000);
  for (const request of cases.slice(0, 2_000)) dueDate(request); // warm up
  const started = process.hrtime.bigint();
  let checksum = 0;
  for (const request of cases) checksum += dueDate(request).due?.length ?? 0;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `due dates: ${cases.length.toLocaleString("en-GB")} mixed cases in ${seconds.toFixed(2)} s = ${Math.round(cases.length / seconds).toLocaleString("en-GB")} per second (with explanations; checksum ${checksum})`,
  );
}
