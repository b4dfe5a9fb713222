import type { TimePoint } from "./types.js";

/** The point at its grain: full ISO for hours and minutes, "2025-09-26" for days and weeks, "2025-09", "2025". */
export function formatByGrain(point: TimePoint): string {
  switch (point.grain) {
    case "year":
      return point.iso.slice(0, 4);
    case "month":
      return point.iso.slice(0, 7);
    case "week":
    case "day":
      return point.iso.slice(0, 10);
    default:
      return point.iso;
  }
}
