import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Node } from "./node.interface";
import { QuoteKind } from "./quote-kind.enum";

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: "Something someone said, as an article reports it." })
export class Quote extends Node {

  @Field({ description: "The quoted words; equal to article.body between start and end." })
  text!: string;

  @Field(() => QuoteKind)
  kind!: QuoteKind;

  @Field(() => String, { nullable: true, description: "The speech verb that introduces it: \"said\", \"noted\"." })
  cue!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "How the article names the speaker at this quote (\"He\", \"Qassem\").",
  })
  speakerSurface!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who said it when the article does not name a person: \"officials\", \"a source close to the talks\".",
    deprecationReason: "Use `attributedTo` (`... on UnnamedSource { description }`).",
  })
  speakerDescription!: string | null;

  @Field(() => Int, { description: "Offset of the first character in article.body." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the last character in article.body." })
  end!: number;
}
