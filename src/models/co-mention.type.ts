import { Field, Int, ObjectType } from "type-graphql";
import { Person } from "./person.type";

@ObjectType({ simpleResolvers: true, description: "Someone mentioned in the same articles as a person, and how often." })
export class CoMention {
  @Field(() => Person)
  person!: Person;

  @Field(() => Int, { description: "Number of articles that mention both." })
  articleCount!: number;
}
