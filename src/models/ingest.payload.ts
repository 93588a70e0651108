import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Article } from "./article.type";

export enum IngestStatus {
  ADDED = "ADDED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
  FAILED = "FAILED",
}

registerEnumType(IngestStatus, {
  name: "IngestStatus",
  description:
    "ADDED: stored for the first time. UPDATED: replaced the article with the same externalId. UNCHANGED: already stored " +
    "with this content (nothing written). FAILED: nothing stored; see `error`.",
});

@ObjectType({ simpleResolvers: true, description: "What happened to one input document." })
export class IngestDocumentResult {
  @Field(() => Int, { description: "The input's position in `input`, from 0." })
  index!: number;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => Article, { nullable: true, description: "The stored article (null when FAILED)." })
  article!: Article | null;

  @Field(() => String, { nullable: true, description: "Why nothing was stored, naming the input: \"input[2].date: …\"." })
  error!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class IngestDocumentsPayload {
  @Field(() => [IngestDocumentResult], { description: "One result per input, in input order." })
  results!: IngestDocumentResult[];

  @Field(() => Int)
  added!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  failed!: number;
}
