/** Head nouns of event names ("International Islamic Unity Conference", "Winter Olympics"). */
export const EVENT_HEADS: readonly string[] = [
  "Conference", "Summit", "Forum", "Congress", "Convention", "Symposium", "Festival", "Games", "Olympics",
  "Championship", "Championships", "Cup", "Expo", "Exhibition", "Fair", "Assembly", "Meeting", "Meetings",
  "Session", "Talks", "Dialogue", "Gala", "Awards", "Marathon", "Tournament", "Classic", "Week", "Day",
];
/** Verbs that state where an event happens, before "in" or "at": "held in Tehran", "took place at the Palais". */
export const VENUE_VERBS: readonly string[] = [
  "held", "hosted", "staged", "organized", "organised", "convened", "taking place", "takes place", "took place",
  "will take place", "opened", "opens", "opening", "underway", "under way", "being held", "to be held",
];
