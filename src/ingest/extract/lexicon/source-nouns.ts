/**
 * Nouns that head a speaker phrase naming no person: organisations ("the company said"), the documents they
 * speak through ("the statement said") and unnamed sources ("officials said", "a person familiar with the
 * talks told …"). Lower-case, singular; plurals are matched by dropping a final "s".
 */

/** Heads of a phrase naming an organisation or institution: "the union", "the ministry", "the band". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "corporation", "business", "union", "government", "ministry", "department", "agency",
  "commission", "board", "court", "council", "committee", "office", "bank", "team", "league", "club", "party",
  "association", "organization", "organisation", "group", "network", "authority", "military", "army", "navy",
  "coalition", "foundation", "institute", "university", "college", "hospital", "school", "service", "charity",
  "administration", "regime", "embassy", "consulate", "federation", "society", "alliance", "campaign",
  "retailer", "manufacturer", "automaker", "carmaker", "airline", "insurer", "lender", "bureau", "tribunal",
  "panel", "band", "station", "broadcaster", "publisher", "website", "site", "outlet", "newspaper", "paper",
  "province", "city", "municipality", "state", "country", "county", "district", "town", "region", "nation",
  "chain", "startup", "developer", "maker", "operator", "provider", "giant", "utility", "regulator", "watchdog",
  "centre", "center", "lab", "laboratory", "program", "programme", "parliament", "senate", "cabinet",
  "secretariat", "directorate", "force", "unit", "division", "branch", "subsidiary",
]);

/**
 * Organisation nouns general enough to stand for any organisation named before: "Larkspur Foods … the company",
 * "Local 832 … the union". Others ("the commission", "the ministry") only refer back to a name holding them.
 */
export const GENERIC_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "corporation", "business", "group", "organization", "organisation", "retailer",
  "manufacturer", "automaker", "carmaker", "airline", "insurer", "lender", "startup", "chain", "maker",
  "operator", "provider", "giant", "utility", "developer", "publisher", "broadcaster", "network", "band",
  "team", "club", "charity", "union", "league", "outlet", "website", "site", "regulator", "watchdog",
]);

/** Heads of a phrase naming a document that speaks for its author: "the lawsuit alleges", "a statement said". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "release", "report", "study", "survey", "poll", "memo", "letter", "email", "e-mail", "lawsuit",
  "suit", "claim", "complaint", "filing", "document", "notice", "post", "tweet", "blog", "website", "ruling",
  "decision", "judgment", "order", "analysis", "review", "audit", "research", "paper", "submission", "brief",
  "affidavit", "indictment", "petition", "motion", "message", "advisory", "bulletin", "announcement", "policy",
  "summary", "transcript", "record", "records", "data", "figures", "numbers", "estimate", "forecast", "update",
]);

/**
 * Heads of a phrase describing people without naming them: "officials said", "critics say", "a source close
 * to the talks said", "one resident told …". A plural head, or a singular one after "a", "an", "one",
 * "another", "some", is never resolved to a person named in the article.
 */
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  "official", "authority", "source", "expert", "witness", "resident", "people", "person", "researcher",
  "analyst", "critic", "member", "backer", "supporter", "observer", "investigator", "police", "prosecutor",
  "organizer", "organiser", "scientist", "economist", "doctor", "advocate", "activist", "leader", "worker",
  "employee", "staff", "staffer", "executive", "insider", "diplomat", "lawmaker", "legislator", "politician",
  "representative", "spokesperson", "spokesman", "spokeswoman", "citizen", "viewer", "reader", "listener",
  "fan", "parent", "student", "teacher", "neighbour", "neighbor", "friend", "relative", "colleague", "manager",
  "owner", "user", "customer", "passenger", "survivor", "victim", "protester", "protestor", "demonstrator",
  "opponent", "proponent", "lawyer", "attorney", "officer", "paramedic", "firefighter", "nurse", "physician",
  "participant", "voter", "trader", "investor", "strategist", "commentator", "pundit", "specialist",
  "academic", "professor", "engineer", "professional", "farmer", "villager", "onlooker", "bystander", "guest", "visitor",
  "tourist", "local", "veteran", "inmate", "patient", "player", "coach", "others", "some", "many", "several",
  "all", "both", "most", "few", "those", "everyone", "someone", "anyone", "nobody",
  "aide", "adviser", "advisor", "ally", "associate", "surrogate", "delegate", "donor", "consultant", "operative",
]);

/** Determiners that make a singular speaker phrase unnamed: "a source said", "one witness told …". */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  "a", "an", "one", "another", "some", "several", "many", "two", "three", "four", "other", "most", "few",
]);

/** Pronouns that stand for an organisation or a group: "it said", "they said". */
export const NON_PERSON_PRONOUNS: ReadonlySet<string> = new Set(["it", "they"]);

/**
 * Heads of descriptions that name an organisation or a document, never a person ("the company said"). Matched
 * at the end of a description with an optional plural "s"; "records"/"record" and "rules"/"rule" both listed.
 */
export const NON_PERSON_HEAD_NOUNS: readonly string[] = [
  "company", "firm", "union", "government", "suit", "lawsuit", "statement", "release", "report", "post",
  "claim", "document", "office", "ministry", "department", "police", "agency", "league", "team", "group",
  "board", "commission", "court", "study", "survey", "poll", "website", "site", "letter", "email", "tweet",
  "notice", "organization", "organisation", "association", "party", "city", "province", "state", "country",
  "hospital", "university", "school", "service", "services", "authority", "council", "committee", "network",
  "club", "paper", "newspaper", "band", "agreement", "plan", "data", "records", "record", "filing", "ruling",
  "decision", "complaint", "order", "rules", "rule", "law", "bill", "policy", "research", "analysis",
  "campaign",
];

/**
 * Words that end a company's name ("Larkspur Energy Corp.", "Norvik Lines Ltd.", "Arden Foods Group"): a name ending
 * in one is what "the company", "the firm", "the retailer" … refer back to. As written, without a final period.
 */
export const COMPANY_NAME_ENDINGS: ReadonlySet<string> = new Set([
  "Corp", "Corporation", "Inc", "Incorporated", "Ltd", "Limited", "LLC", "LLP", "PLC", "plc", "Co", "Company",
  "Group", "Holdings", "AG", "SA", "GmbH", "NV", "Enterprises", "Industries", "Technologies", "Foods", "Motors",
  "Airlines", "Energy", "Resources", "Pharmaceuticals", "Systems", "Solutions", "Partners", "Capital", "Bank",
  "Brewery", "Brewing", "Communications", "Networks", "Media", "Entertainment", "Studios", "Mining", "Railway",
]);

/** Common nouns that refer back to a company named before: "the company", "the firm", "the automaker". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "corporation", "business", "retailer", "manufacturer", "automaker", "carmaker", "airline",
  "insurer", "lender", "startup", "chain", "maker", "operator", "provider", "giant", "utility", "developer",
  "publisher", "broadcaster", "conglomerate", "bank", "group", "brewery", "miner", "producer", "supplier",
]);
