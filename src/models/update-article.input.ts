import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "./scalars";

@InputType({ description: "What to change about an article; fields left out keep their value. A new body, source or date re-extracts it." })
export class UpdateArticleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "The article's URL; null removes it." })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  source?: string | null;

  @Field(() => DateScalar, { nullable: true })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "A new text: the article is extracted again (editorial decisions are re-applied)." })
  body?: string | null;
}
