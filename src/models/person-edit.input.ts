import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MAX_ITEMS_PER_SPLIT, MAX_PEOPLE_PER_MERGE } from "../services/person-write.service";

@InputType({ description: "People that are one person: `people` are merged into `into`." })
export class MergePeopleInput {
  @Field(() => ID, { description: "The person that remains." })
  into!: string;

  @Field(() => [ID], { description: `The people merged into it (1 to ${MAX_PEOPLE_PER_MERGE}); their IDs keep resolving, to the survivor.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PEOPLE_PER_MERGE)
  people!: string[];
}

@InputType()
export class RenamePersonInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The new canonical name (without honorifics); the old one stays an alias." })
  @MaxLength(200)
  name!: string;
}

@InputType({ description: "An alias wrongly merged into a person becomes its own person, with the quotes and mentions named." })
export class SplitPersonInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The alias that is somebody else." })
  @MaxLength(200)
  alias!: string;

  @Field(() => String, { nullable: true, description: "The new person's name (default: the alias)." })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => [ID], { nullable: true, description: `Quotes of the person that are the new person's (at most ${MAX_ITEMS_PER_SPLIT}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS_PER_SPLIT)
  quoteIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Articles whose mention of the person is the new person's (at most ${MAX_ITEMS_PER_SPLIT}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS_PER_SPLIT)
  articleIds?: string[] | null;
}
