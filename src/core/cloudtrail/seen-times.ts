/** When a call was first and last seen (ISO 8601 times compare as text). */
export interface Seen {
  firstSeen?: string;
  lastSeen?: string;
}

/** Widens `into`'s first and last times to take in `from`'s. */
export function widenSeen(into: Seen, from: Seen): void {
  if (
    from.firstSeen !== undefined &&
    (into.firstSeen === undefined || from.firstSeen < into.firstSeen)
  )
    into.firstSeen = from.firstSeen;
  if (from.lastSeen !== undefined && (into.lastSeen === undefined || from.lastSeen > into.lastSeen))
    into.lastSeen = from.lastSeen;
}
