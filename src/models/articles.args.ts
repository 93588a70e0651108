import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./page.args";
import { DateScalar } from "./scalars";

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only articles from this source (exact name)." })
  source?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only articles published on or after this date." })
  publishedFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Only articles published on or before this date." })
  publishedTo?: Date | null;
}
