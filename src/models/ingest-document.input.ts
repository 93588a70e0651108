import { IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";

/**
 * One document to ingest: seed-format `text` ("date YYYY-MM-DD <Source> - <body>"), or the fields
 * `date`, `source` and `body` (with an optional `title`); not both. Checked as the seed checks files.
 */
@InputType({ description: "A document to ingest: seed-format `text`, or `date`, `source`, `body` (and `title`, `url`)." })
export class IngestDocumentInput {
  @Field(() => String, { nullable: true, description: "The whole document in the seed format: `date YYYY-MM-DD <Source> - <body>`." })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Stable id of the document: a document ingested again with the same id replaces it. Default: the url, else a hash of the content.",
  })
  @IsOptional()
  @MaxLength(500)
  externalId?: string | null;

  @Field(() => String, { nullable: true, description: "Publication date, YYYY-MM-DD." })
  @IsOptional()
  @MaxLength(10)
  date?: string | null;

  @Field(() => String, { nullable: true, description: "The publisher, e.g. \"Islam Times\"." })
  @IsOptional()
  @MaxLength(200)
  source?: string | null;

  @Field(() => String, { nullable: true, description: "The title; derived from the first sentence when not given." })
  @IsOptional()
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true, description: "The article text." })
  body?: string | null;
}
