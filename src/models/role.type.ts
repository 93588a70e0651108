import { Field, ID, ObjectType } from "type-graphql";
import { Organization } from "./organization.type";

@ObjectType({ description: "A title a person holds, e.g. \"Deputy Secretary General\" of Hezbollah." })
export class Role {
  @Field(() => ID)
  id!: number;

  @Field()
  title!: string;

  @Field(() => Organization, { nullable: true, description: "Null when the text names no organisation." })
  organization!: Organization | null;
}
