import { CAPTION_MARKERS, CREDIT_AGENCIES, NEWSROOM_ROLES } from "./lexicon/credits";
import type { PersonMention } from "./people";
import type { SentenceSpan } from "../parse/sentences";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const AGENCY = `(?:${[...CREDIT_AGENCIES].sort((a, b) => b.length - a.length).map(escape).join("|")})`;
const ROLE = `(?:${NEWSROOM_ROLES.map(escape).join("|")})`;

/** Right after a byline name: ", The Canadian Press", "/ The Associated Press", ", Evening Desk producer" (any show name). */
const CREDIT_AFTER = new RegExp(`^\\s*(?:,|/)\\s*(?:${AGENCY}(?![\\p{Ll}])|(?:[\\p{Lu}][\\p{L}'\\u2019]*\\s+){0,3}${ROLE}(?!\\p{Ll}))`, "u");
/** An author's note: "Ilse Brandt is a deputy arts editor …", "Dev Raman is the Star's food writer". */
const AUTHOR_NOTE = new RegExp(`^\\s+is\\s+(?:a|an|the)\\s+[^.]{0,60}?\\b${ROLE}s?\\b`, "u");
/** A caption sentence: it opens with a caption marker, or a credit runs into it ("/ The Canadian Press Neil …"). */
const CAPTION = new RegExp(
  `(?:^\\s*(?:${CAPTION_MARKERS.map(escape).join("|")}))|(?:^\\s*|/\\s*)${AGENCY}\\s*\\p{Lu}`,
  "u",
);

/**
 * Drops the mentions that belong to bylines, photo credits, author notes and captions rather than to the
 * story: "Marta Kowalczyk, The Associated Press", "Dev Raman / The Canadian Press", "Ilse Brandt is a deputy
 * arts editor", and every name in a caption sentence ("Open this photo in gallery Alberta Premier Ruth
 * Ingram shakes hands …"). `sentences` are the body's sentences.
 */
export function dropCredits(body: string, mentions: PersonMention[], sentences: SentenceSpan[]): PersonMention[] {
  const captions = sentences.filter((s) => CAPTION.test(s.text));
  return mentions.filter((m) => {
    const after = body.slice(m.end, m.end + 120);
    if (CREDIT_AFTER.test(after) || AUTHOR_NOTE.test(after)) return false;
    return !captions.some((s) => s.start <= m.start && m.end <= s.end);
  });
}
