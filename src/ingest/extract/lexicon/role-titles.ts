/**
 * Role titles written before a name ("Hezbollah Deputy Secretary General Sheikh Naim Qassem",
 * "spokesperson Lucie Bergeron", "Prime Minister Justin Trudeau"), lower-case. Longer titles are tried first.
 * A title followed by "of <Capitalised words>" keeps that complement ("Leader of the Islamic Revolution").
 */
export const ROLE_TITLES: readonly string[] = [
  "deputy secretary general", "secretary general", "secretary-general", "deputy prime minister", "prime minister",
  "deputy premier", "premier", "vice president", "vice-president", "president", "deputy minister",
  "foreign minister", "finance minister", "health minister", "justice minister", "defence minister",
  "defense minister", "immigration minister", "environment minister", "minister", "associate minister",
  "attorney general", "solicitor general", "governor general", "lieutenant governor", "governor", "mayor",
  "deputy mayor", "senator", "sen", "councillor", "coun", "alderman", "mp", "mpp", "mla", "mna", "congressman",
  "congresswoman", "speaker", "leader", "party leader", "opposition leader", "supreme leader", "chief",
  "police chief", "fire chief", "deputy chief", "chief executive", "chief executive officer", "ceo", "cfo",
  "coo", "chief medical officer", "chief medical examiner", "chief economist", "economist", "chair",
  "chairman", "chairwoman", "chairperson", "co-chair", "director", "executive director", "managing director",
  "general manager", "manager", "head coach", "coach", "assistant coach", "captain", "capt", "commissioner",
  "deputy commissioner", "superintendent", "supt", "inspector", "insp", "sergeant", "sgt", "staff sgt",
  "const", "constable", "cst", "corporal", "cpl", "lieutenant", "lt", "colonel", "col", "general", "gen",
  "major", "admiral", "commander", "detective", "det", "officer", "judge", "justice", "chief justice",
  "prosecutor", "crown prosecutor", "crown attorney", "lawyer", "defence lawyer", "attorney", "ambassador",
  "spokesperson", "spokesman", "spokeswoman", "secretary", "press secretary", "treasurer", "founder",
  "co-founder", "owner", "president and ceo", "professor", "prof", "researcher", "analyst", "senior analyst",
  "senior policy analyst", "policy analyst", "communications officer", "dean", "principal", "chancellor",
  "king", "queen", "prince", "princess", "emperor", "pope", "archbishop", "bishop", "premier-designate",
  "forward", "defenceman", "goaltender", "guard", "centre", "center", "quarterback", "pitcher", "striker",
  "midfielder", "winger", "rookie", "teammate", "veteran", "actor", "actress", "singer", "author", "writer",
  "columnist", "reporter", "correspondent", "editor", "host", "director-general", "official", "organizer",
];

/**
 * Nouns that stand for an already-mentioned person when they head a speaker phrase: "the official said",
 * "Hezbollah official stated". Matched lower-case at the head of the phrase.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "official", "spokesperson", "spokesman", "spokeswoman", "minister", "president", "premier", "mayor", "leader",
  "chief", "director", "coach", "senator", "lawyer", "judge", "officer", "doctor", "professor", "researcher",
  "author", "ceo", "chair", "chairman", "chairwoman", "commissioner", "economist", "analyst", "manager",
  "founder", "owner", "captain", "teammate", "forward", "guard", "actor", "actress", "singer", "writer",
  "mother", "father", "son", "daughter", "wife", "husband", "man", "woman", "boy", "girl", "player", "veteran",
  "councillor", "mp", "ambassador", "secretary", "prosecutor", "victim", "witness", "resident", "student",
  "teacher", "nurse", "physician", "scientist", "expert", "executive", "rookie", "star", "sister", "brother",
]);
