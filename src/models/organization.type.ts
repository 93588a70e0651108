import { Directive, Field, ID, ObjectType } from "type-graphql";

@Directive('@key(fields: "id")')
@ObjectType({ description: "An organisation people hold roles in, or that speaks in a quote, e.g. \"Hezbollah\"." })
export class Organization {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;
}
