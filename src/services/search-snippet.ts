import type { Snippet } from "../models/snippet.type";

/**
 * Marks FTS5 snippet() puts around each matched word. Unicode noncharacters (U+FDD0, U+FDD1) are reserved
 * for exactly this kind of internal use and do not occur in published text, unlike HTML or brackets.
 */
export const MATCH_OPEN = "\uFDD0";
export const MATCH_CLOSE = "\uFDD1";
/** What snippet() puts where the excerpt cuts the text short. */
export const ELLIPSIS = "…";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * Turns a snippet() excerpt with MATCH_OPEN/MATCH_CLOSE marks into the plain excerpt, the [start, end)
 * ranges of the marked words in it (JavaScript string offsets), and HTML with them in <mark>. Tolerates
 * unbalanced marks: a stray close is dropped, an open mark still open at the end closes there.
 */
export function snippetFromMarked(marked: string): Snippet {
  let text = "";
  let html = "";
  const highlights: Snippet["highlights"] = [];
  let openedAt: number | null = null;
  const close = () => {
    if (openedAt === null) return;
    if (text.length > openedAt) {
      highlights.push({ start: openedAt, end: text.length });
      html += "</mark>";
    } else {
      html = html.slice(0, -"<mark>".length);
    }
    openedAt = null;
  };
  for (const part of marked.split(/([\uFDD0\uFDD1])/u)) {
    if (part === MATCH_OPEN) {
      close();
      openedAt = text.length;
      html += "<mark>";
    } else if (part === MATCH_CLOSE) {
      close();
    } else {
      text += part;
      html += escapeHtml(part);
    }
  }
  close();
  return { text, highlights, html };
}
