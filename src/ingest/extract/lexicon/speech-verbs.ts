/**
 * Speech verbs as written in attributions. "X said that …", "…, he said.", "said Smith".
 * Multi-word cues come first so the longest one matches ("went on to say" before "say").
 */
export const SPEECH_VERBS: readonly string[] = [
  "went on to say", "went on to add", "pointed out", "points out", "made clear", "makes clear",
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "noted", "notes", "stated", "states",
  "explained", "explains", "argued", "argues", "emphasized", "emphasised", "emphasizes", "emphasises",
  "stressed", "stresses", "continued", "continues", "wrote", "writes", "asked", "asks", "replied", "replies",
  "responded", "responds", "claimed", "claims", "insisted", "insists", "warned", "warns", "acknowledged",
  "acknowledges", "admitted", "admits", "announced", "announces", "confirmed", "confirms", "declared",
  "declares", "suggested", "suggests", "recalled", "recalls", "observed", "observes", "remarked", "remarks",
  "commented", "comments", "conceded", "concedes", "testified", "testifies", "tweeted", "tweets", "posted",
  "cautioned", "cautions", "predicted", "predicts", "maintained", "maintains", "contended", "contends",
  "countered", "counters", "agreed", "agrees", "estimated", "estimates", "reported", "reports", "indicated",
  "indicates", "revealed", "reveals", "concluded", "concludes", "disclosed", "mentioned", "mentions",
  "underlined", "highlighted", "reiterated", "reiterates", "asserted", "asserts", "alleged", "alleges",
  "believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt", "worries", "worried",
  "recounted", "recounts", "described", "describes", "shouted", "yelled", "joked", "jokes", "laughed",
  "conceded", "complained", "complains", "vowed", "vows", "promised", "promises", "pledged", "urged", "urges",
  "charged", "wondered", "wonders", "mused", "quipped", "boasted", "informed", "assured", "reminded", "advised",
  // Base forms after plural subjects: "officials explain …", "critics argue …", "residents insist …".
  // (Not "claim", "note", "stress", "fear": as nouns they head subjects of their own.)
  "explain", "argue", "insist", "warn", "admit", "acknowledge", "emphasize", "emphasise", "suggest",
  "contend", "maintain", "allege", "predict", "believe",
  "pledges", "vow", "pledge",
  // Base forms that are also nouns ("a note", "the claim"): speech only with "that" after them ("experts note that …").
  "note", "claim", "concede", "assert",
  "denied", "denies", "answered", "interjected", "proclaimed", "proclaims", "opined", "retorted", "snapped",
];

/**
 * Participles that attach more reported speech to the sentence's speaker: "…, adding that …",
 * "…, emphasizing that "…"", "…, saying …".
 */
export const SPEECH_PARTICIPLES: readonly string[] = [
  "adding", "saying", "noting", "emphasizing", "emphasising", "explaining", "arguing", "announcing",
  "stressing", "warning", "writing", "telling", "stating", "insisting", "claiming", "declaring", "suggesting",
  "pointing out", "acknowledging", "admitting", "asking", "urging", "recalling", "observing", "calling",
  "responding", "replying", "tweeting",
];

/**
 * Participles that report speech even after a clause with no speech verb: "Ada Kerr shot back, saying …",
 * "The judge rejected the bid, noting that …". ("calling", "asking", "urging" take an object, not a clause;
 * "telling" takes its hearer before the clause.)
 */
export const REPORTING_PARTICIPLES: readonly string[] = [
  "saying", "adding", "noting", "arguing", "explaining", "insisting", "claiming", "stating", "warning",
  "stressing", "emphasizing", "emphasising", "suggesting", "acknowledging", "admitting", "declaring",
  "pointing out", "writing", "maintaining", "contending", "asserting", "responding", "replying", "tweeting",
  // With its hearer first: "…, telling reporters (that) …"; with a clause, not a plan: "…, announcing (that) she would …".
  "telling", "announcing",
];

/**
 * Finite verbs by which a finding as well as a person reports a clause: "Early data suggests that …", "The audit
 * concluded that …". After a description of no known kind, these take its "that" clause whatever the head noun.
 */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set([
  "suggests", "suggested", "indicates", "indicated", "concludes", "concluded", "confirms", "confirmed", "reveals",
  "revealed",
]);

/** Verbs that take the hearer as an object before the reported clause ("told reporters that …"). */
export const OBJECT_TAKING_VERBS: ReadonlySet<string> = new Set([
  "told", "tells", "tell", "asked", "asks", "informed", "assured", "reminded", "advised", "warned", "warns", "urged",
  "urges",
]);

/**
 * Verbs that only count as speech with a clause after them ("believes that …"), never in a bare
 * ", he believes." tag... they do: keep them out of the bare-tag set to avoid "he felt." sentences.
 */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set([
  "believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt", "worries", "worried",
  "described", "describes", "urged", "urges", "charged", "promised", "promises", "pledged", "vowed", "vows",
  "reported", "reports", "estimated", "estimates", "posted", "agreed", "agrees", "continued", "continues",
  "indicated", "indicates", "revealed", "reveals", "concluded", "concludes", "highlighted", "underlined",
  "mentioned", "mentions", "informed", "assured", "reminded", "advised", "laughed", "believe", "predict",
  "pledges", "vow", "pledge", "denied", "denies",
]);

/**
 * Bare verbs as likely to take a plain object as a clause ("added a goal", "wrote a cookbook"): the words after
 * them count as speech only with a finite verb ("added he was tired").
 */
export const OBJECT_OR_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "added", "adds", "wrote", "writes", "posted", "reported", "reports", "described", "describes", "announced",
  "announces", "tweeted", "mentioned", "highlighted", "confirmed", "confirms", "revealed", "thinks", "thought",
  "hopes", "hoped", "feels", "felt", "suggested", "suggests", "suggest", "predicted", "predict", "recalled",
  "recalls", "estimated", "admitted", "admits", "admit", "acknowledged", "acknowledges", "acknowledge",
  "stressed", "stresses", "emphasized", "emphasised", "noted", "notes", "reiterated", "denied", "denies", "answered",
  "proclaimed", "proclaims",
  // "continued the repairs", "maintained their lead": as often a plain object as a clause.
  "continued", "continues", "maintained", "maintains",
]);

/** "according to X" introduces a source without a verb. */
export const ACCORDING_TO = "according to";

/** Verbs that are speech on their own, with no "that": "Kaminski said roughly half of …". */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "argued", "argues", "insisted",
  "insists", "claimed", "claims", "warned", "warns", "believes", "thinks", "noted", "notes", "explained",
  "explains", "stated", "states", "acknowledged", "admitted", "testified", "tweeted", "predicted", "estimated",
  "suggested", "suggests", "conceded", "maintained", "maintains", "stressed", "stresses", "emphasized",
  "emphasised", "pointed out", "went on to say", "continued", "agreed", "hopes", "feels", "worries", "fears",
  "recalled", "recalls", "explain", "argue", "insist", "warn", "admit", "admits", "acknowledge",
  "acknowledges", "emphasize", "emphasise", "suggest", "contend", "contends", "contended", "maintain",
  "allege", "alleges", "alleged", "believe", "predict", "announced", "announces", "confirmed", "confirms",
  "reiterated", "reiterates", "asserted", "asserts", "cautioned", "cautions",
]);

/**
 * Verbs that report speech with no "that" only when a whole clause follows, a subject and a finite verb read by the
 * part-of-speech tagger ("declared *the race was* over", "replied *he had* no plans"); with an object they report
 * nothing ("declared a state of emergency", "reported a profit"). See clause-pos.ts.
 */
export const POS_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "declared", "declares", "replied", "replies", "responded", "responds", "countered", "counters", "concluded",
  "concludes", "complained", "complains", "boasted", "joked", "jokes", "quipped", "mused", "recounted", "recounts",
  "observed", "observes", "remarked", "remarks", "commented", "comments", "disclosed", "mentioned", "mentions",
  "reported", "reports", "revealed", "reveals", "denied", "denies", "concedes", "retorted", "answered", "proclaimed",
  "proclaims", "opined", "testifies", "tweets", "predicts", "charged", "conceded", "admits", "concede", "assert",
  "note", "claim", "wrote", "writes",
]);

/** Plain speech verbs that attribute speech to a subject read from the sentence that is neither a person nor a recognised source. */
export const PLAIN_SPEECH_VERBS: readonly string[] = [
  "said", "says", "say", "told", "wrote", "writes", "added", "stated", "argued", "noted", "explained",
];

/**
 * Verbs of thought and feeling: "she believes that …", "he hopes the plan …" report what someone thinks, not what
 * they said, and are no reported speech (they still mark their subject as a person who speaks in the article).
 */
export const THOUGHT_VERBS: ReadonlySet<string> = new Set([
  "believes", "believed", "believe", "thinks", "thought", "hopes", "hoped", "feels", "felt", "worries", "worried",
  "fears",
]);

/**
 * Verbs of judgment and evidence: "the agency estimated that …", "she agreed that …", "the records revealed that …"
 * report a figure, an assent or what something shows rather than a statement, and are no reported speech (as tags
 * of a quotation, "…," she agreed, they still attribute it). ("indicated that …" is kept: it reports a statement.)
 */
export const JUDGMENT_VERBS: ReadonlySet<string> = new Set([
  "estimated", "estimates", "agreed", "agrees", "revealed", "reveals",
  // A stance shown, an assurance given, an accusation: "made clear that …", "assured voters that …", "charged that …".
  "made clear", "makes clear", "assured", "charged",
]);

/** Verbs whose infinitive complement is what was said: "vowed to …", "promised not to …". */
export const INFINITIVE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  "vowed", "vows", "vow", "promised", "promises", "promise", "pledged", "pledges", "pledge",
]);

/** Prepositions that open a time or place phrase between a speech verb and its "that": "said at a rally … that". */
export const PHRASE_PREPOSITIONS: readonly string[] = [
  "before", "for", "to", "in", "at", "on", "during", "with", "outside", "inside", "after", "from", "near", "via",
  "through", "over",
];

/**
 * Prepositions that open a time or place phrase between a bare speech verb and a clause of its own, without
 * "that": "says in her ward the buses are …", "said at 6 a.m., there were …" (read with the tagger).
 */
export const CLAUSE_PHRASE_PREPOSITIONS: readonly string[] = [
  "in", "at", "on", "during", "after", "before", "since", "for", "across", "outside", "inside", "near", "under",
];

/**
 * Forms of "ask" that report a question: "asked (her) whether …", "When asked if …". (Not "asking": "with Lee asking
 * Park if …" sets a scene.)
 */
export const QUESTION_VERBS: readonly string[] = ["asked", "asks", "ask"];

/** Words that open a reported yes-no question after a form of "ask". */
export const QUESTION_OPENERS: readonly string[] = ["whether", "if"];

/**
 * Irregular past forms that tag a quotation ending in a comma with the words after them, as any "-ed" verb does
 * (`"…," Ruiz shot back.`, `"…," he spoke up.`).
 */
export const IRREGULAR_TAG_VERBS: readonly string[] = ["shot", "spoke", "broke", "threw", "swore", "struck", "bit", "cut"];

/**
 * Of OBJECT_OR_CLAUSE_VERBS, those whose plain object is a thing made or done, never a paraphrase of speech ("added
 * three goals", "wrote a book for children", "continued his tour"), unlike "noted the need for …" or "announced a tariff".
 */
export const THING_OBJECT_VERBS: ReadonlySet<string> = new Set([
  "added", "adds", "wrote", "writes", "posted", "tweeted", "continued", "continues", "maintained", "maintains",
]);
