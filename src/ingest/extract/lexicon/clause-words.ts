/**
 * Words that tell reported speech (a clause: "said the plan was …") from an object or a phrase after a speech
 * verb ("added a goal", "said it best"), and where a quotation's speech goes on. Lower-case. See quotes.ts.
 */

/** Auxiliary and modal verbs: a sign of a finite verb in the words after a bare speech verb. */
export const AUXILIARY_VERBS: readonly string[] = [
  "is", "are", "was", "were", "am", "be", "been", "will", "would", "can", "could", "should", "shall", "may",
  "might", "must", "has", "have", "had", "do", "does", "did", "won't",
];

/**
 * Forms of "be" that make a progressive with a speech participle after them, a finite verb of speech: "the mayor is
 * insisting that …", "critics have been arguing …" (and the clitic "'s": "she's suggesting …", read in quotes.ts).
 */
export const PROGRESSIVE_AUXILIARIES: readonly string[] = ["is", "are", "was", "were", "been"];

/** Irregular past-tense verbs: a sign of a finite verb ("said the company *grew* …"). */
export const IRREGULAR_PAST_VERBS: readonly string[] = [
  "grew", "made", "took", "came", "went", "saw", "got", "gave", "found", "knew", "became", "began", "left",
  "kept", "held", "brought", "ran", "won", "lost", "paid", "met", "sent", "built", "spent", "fell", "rose",
  "led", "hit", "put", "set", "cut",
];

/** Subject words that, followed by another word, open a clause: "added *he* expects …". */
export const CLAUSE_SUBJECTS: readonly string[] = [
  "he", "she", "it", "they", "we", "i", "you", "there", "who", "which",
];

/** Words opening what follows a bare speech verb when it is not a clause: "said to …", "said goodbye". */
export const NOT_CLAUSE_OPENERS: readonly string[] = [
  "to", "in", "at", "on", "of", "for", "with", "by", "about", "from", "so", "yes", "no", "nothing",
  "something", "goodbye", "hello", "thanks", "sorry", "more", "much", "little", "otherwise", "as", "when",
  "after", "before", "during", "while", "inside", "outside", "near", "into", "over", "under", "behind",
  "beside", "alongside", "via", "through", "across", "around", "upon",
];

/** Words after "it"/"this" that make it the object of the speech verb: "he said it best", "said this again". */
export const IT_OBJECT_FOLLOWERS: readonly string[] = [
  "to", "in", "on", "at", "for", "with", "about", "from", "again", "too", "best", "all", "before", "after",
  "when", "because", "publicly", "openly", "so", "outright", "out", "loud", "first", "once", "twice", "often",
  "many", "several",
];

/** Subordinators after "and"/"but" that open a clause of the narrative, not more of a quote: "but when …". */
export const SUBORDINATORS: readonly string[] = [
  "as", "when", "while", "because", "before", "after", "since", "if", "although", "though", "whereas",
];

/** Participles that continue the speech after a mid-sentence tag ("…," he said, adding …) rather than end it. */
export const CONTINUING_PARTICIPLES: readonly string[] = [
  "adding", "saying", "noting", "arguing", "explaining", "insisting", "stating", "warning", "stressing",
];

/** Capitalised connectives that may open a sentence before its subject: "But Kerr said …", "Meanwhile, Kerr …". */
export const SENTENCE_CONNECTIVES: readonly string[] = ["But", "And", "Still", "Meanwhile", "Now", "Then", "Also", "However"];

/** Conjunctions and relative words that open a new clause after a comma: ", but …", ", when …", ", which …". */
export const CLAUSE_CONJUNCTIONS: readonly string[] = [
  "but", "while", "whereas", "although", "though", "and", "or", "as", "after", "before", "when", "which",
  "who", "where", "because",
];
