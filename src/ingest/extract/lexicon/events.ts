/** Head nouns of event names ("International Islamic Unity Conference", "Winter Olympics"). */
export const EVENT_HEADS: readonly string[] = [
  "Conference", "Summit", "Forum", "Congress", "Convention", "Symposium", "Festival", "Games", "Olympics",
  "Championship", "Championships", "Cup", "Expo", "Exhibition", "Fair", "Assembly", "Meeting", "Meetings",
  "Session", "Talks", "Dialogue", "Gala", "Awards", "Marathon", "Tournament", "Classic", "Week", "Day",
];
