import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { MAX_FILTER_TEXT } from "./filter-limits";
import { DateScalar } from "./scalars";

@InputType({ description: "Restricts a list of events; all given conditions must hold." })
export class EventFilter {
  @Field(() => DateScalar, { nullable: true, description: "Took place on or after this date (undated events are left out)." })
  dateFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Took place on or before this date (undated events are left out)." })
  dateTo?: Date | null;

  @Field(() => String, { nullable: true, description: "Name or acronym contains this text (case-insensitive)." })
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;
}
