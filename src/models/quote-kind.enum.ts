import { registerEnumType } from "type-graphql";

/** Whether a quote is verbatim or reported speech. */
export enum QuoteKind {
  DIRECT = "DIRECT",
  INDIRECT = "INDIRECT",
}

registerEnumType(QuoteKind, {
  name: "QuoteKind",
  description: "DIRECT: the speaker's words in quotation marks. INDIRECT: reported speech (\"noted that …\").",
});
