import type { ExtractedEvent } from "../types";
import type { SentenceSpan } from "../parse/sentences";
import { findDates } from "./dates";
import { EVENT_HEADS } from "./lexicon/events";

const ORDINAL = "(\\d+)(?:st|nd|rd|th)";
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'\\-]*|of|the|on|for|and)";
const EVENT = new RegExp(
  `(?:the\\s+)?(?:${ORDINAL}\\s+)?((?:\\p{Lu}[\\p{L}'\\-]*\\s+)(?:${NAME_WORD}\\s+){0,6}?(?:${EVENT_HEADS.join("|")}))\\b(?:\\s*\\(([A-Z][A-Za-z0-9]{1,9})\\))?`,
  "gu",
);

/**
 * Finds named events: capitalised names ending in an event noun ("Conference", "Summit", …), with an
 * optional edition ordinal before ("37th") and acronym after ("(IIUC)"). The event's date is the first date
 * expression later in the same sentence, resolved against the article date ("on Sunday").
 */
export function findEvents(body: string, sentences: SentenceSpan[], articleDate: string): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  for (const m of body.matchAll(EVENT)) {
    const ordinal = m[1] ? Number(m[1]) : null;
    const name = `${m[1] ? `${m[1]}${m[0].match(/\d+(st|nd|rd|th)/)![1]} ` : ""}${m[2].replace(/\s+/g, " ")}`;
    if (/^(The|A|An|This|That|Last|Next)\s/.test(m[2]) && !ordinal) continue;
    if (m[2].split(/\s+/).length < 2) continue;
    const end = m.index + m[0].length;
    const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
    let date: string | null = null;
    if (sentence) {
      const after = findDates(body.slice(end, sentence.end), articleDate)[0];
      const before = findDates(body.slice(sentence.start, m.index), articleDate).pop();
      date = after?.date ?? before?.date ?? null;
    }
    if (events.some((e) => e.name === name)) continue;
    events.push({ name, acronym: m[3] ?? null, ordinal, date, location: null });
  }
  return events;
}
