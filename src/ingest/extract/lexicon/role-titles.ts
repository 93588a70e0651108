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
  "associate deputy minister", "assistant deputy minister", "deputy leader", "artistic director",
  "prosecuting attorney", "district attorney", "county attorney", "city attorney", "rep", "representative",
  "gov", "maj", "adm", "cmdr", "staff sergeant", "chief operating officer", "chief financial officer",
  "grand chief", "trade representative",
];

/**
 * Words that change the rank of the title they precede: a title found only after one of them is not stored
 * ("associate chief judge" is not a chief judge), unless the whole phrase is a title above.
 */
export const RANK_MODIFIERS: ReadonlySet<string> = new Set(["associate", "assistant", "deputy", "vice", "under", "sub"]);

/** Titles that are a role only when capitalised ("Rep. Jane Roe"; not "a representative of the union"). */
export const CAPITALISED_ONLY_TITLES: ReadonlySet<string> = new Set(["representative", "rep", "gov", "maj", "adm", "cmdr"]);

/**
 * Abbreviated title words and the word they stand for ("Sen. Maria Vollan" → "Senator"). The stored
 * title spells them out, capitalised as written. Keys are lower-case without the period.
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["sen", "senator"], ["rep", "representative"], ["gov", "governor"], ["pres", "president"], ["lt", "lieutenant"],
  ["col", "colonel"], ["gen", "general"], ["maj", "major"], ["adm", "admiral"], ["cmdr", "commander"],
  ["capt", "captain"], ["sgt", "sergeant"], ["cpl", "corporal"], ["det", "detective"], ["supt", "superintendent"],
  ["insp", "inspector"], ["const", "constable"], ["cst", "constable"], ["coun", "councillor"], ["prof", "professor"],
]);

/**
 * Titles that still split a capitalised run before a name but are not stored as roles: descriptions rather
 * than positions ("featured veteran Omar Reyes", "Harbourside rookie Jan Novak").
 */
export const DESCRIPTIVE_TITLES: ReadonlySet<string> = new Set(["veteran", "rookie", "teammate"]);

/**
 * Titles that are a role only when written in lower case: capitalised they usually start a place or a
 * body ("outside Centre Marsh", "the Coast Guard", "Forward Party").
 */
export const LOWERCASE_ONLY_TITLES: ReadonlySet<string> = new Set([
  "centre", "center", "guard", "forward", "host", "striker", "winger", "pitcher", "goaltender", "defenceman",
  "midfielder", "quarterback", "owner", "official", "organizer",
]);

/** Titles that say nothing alone and are stored only with an organisation ("Provincial Court Justice Pat Moreau"). */
export const ORGANIZATION_REQUIRED_TITLES: ReadonlySet<string> = new Set(["justice"]);

/**
 * Prefixes glued to a lower-case title that are not part of it ("then-prime minister Carl Osterberg",
 * "ex-premier Jan Novak").
 */
export const TITLE_PREFIXES: readonly string[] = ["then-", "ex-", "former-"];

/**
 * Lower-case titles that name a trade, not a position in an organisation: a capitalised word before them is
 * a place or a description, not an employer ("Halifax lawyer Ben Corr", "Norwegian author Jan Novak").
 */
export const PROFESSION_TITLES: ReadonlySet<string> = new Set([
  "lawyer", "defence lawyer", "attorney", "economist", "analyst", "senior analyst", "policy analyst",
  "researcher", "professor", "prof", "actor", "actress", "singer", "author", "writer", "veteran", "rookie",
  "teammate", "founder", "co-founder", "owner", "organizer", "king", "queen", "prince", "princess", "emperor",
]);

/**
 * Capitalised words dropped from the front of a name run as function words that may still begin an
 * organisation before a title ("New Brunswick Premier Alain Roy", "St. Albert Police Sgt. Kim Osei").
 */
export const ORGANIZATION_LEADING_WORDS: ReadonlySet<string> = new Set(["New", "St", "Great", "Old", "Big", "Top", "Free"]);

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

/** Lower-case words besides role nouns that may stand between "said" and a name: "said the former deputy minister Ana Ruiz". */
export const TITLE_FILLER_WORDS: readonly string[] = [
  "the", "a", "an", "of", "for", "and", "former", "late", "then", "also", "now", "current", "acting",
  "interim", "deputy", "senior", "chief", "executive", "vice", "general", "co", "s", "new", "longtime",
  "veteran",
];
