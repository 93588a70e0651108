import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "./node.interface";
import { DateScalar } from "./scalars";

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: "A news article, as published by its source." })
export class Article extends Node {

  @Field({ description: "Stable id from the source document: its file name, or its URL for JSON Lines input." })
  @Directive('@tag(name: "internal")')
  externalId!: string;

  @Field({ description: "The publisher, e.g. \"Islam Times\"." })
  source!: string;

  @Field(() => DateScalar, { description: "Publication date." })
  publishedAt!: Date;

  @Field({ description: "The stated title, or one derived from the first sentence." })
  title!: string;

  @Directive('@tag(name: "licensed-text")')
  /** Absent on rows the read paths load (see ArticleRow): ArticleResolver.body loads it then. */
  @Field(() => String, { description: "The article text as published; quote offsets index it." })
  body?: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Directive("@inaccessible")
  @Field({ description: "SHA-256 of source, date and body: how ingestion spots an unchanged document. Internal." })
  contentHash!: string;
}
