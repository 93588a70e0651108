import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "An organisation people hold roles in, e.g. \"Hezbollah\"." })
export class Organization {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;
}
