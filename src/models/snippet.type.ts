import { Directive, Field, ObjectType } from "type-graphql";
import { TextRange } from "./text-range.type";

/** An excerpt of a search result around the words that matched. */
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "An excerpt of a search result around the words that matched the query." })
export class Snippet {
  @Field(() => String, {
    description: "The excerpt as plain text; \"…\" marks where it cuts the text short.",
  })
  text!: string;

  @Field(() => [TextRange], { description: "Where the matched words are in `text`, in order." })
  highlights!: TextRange[];

  @Field(() => String, {
    description: "`text` HTML-escaped, with each matched word in <mark>…</mark>: safe to insert as HTML.",
  })
  html!: string;
}
