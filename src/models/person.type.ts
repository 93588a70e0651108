import { Directive, Field, ID, ObjectType } from "type-graphql";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A person mentioned or quoted in the articles, one node across all of them." })
export class Person {
  @Field(() => ID)
  id!: number;

  @Field({ description: "Canonical name without honorifics, e.g. \"Naim Qassem\"." })
  name!: string;

  @Field(() => [String], { description: "Honorifics used for the person, e.g. [\"Ayatollah\", \"Seyyed\"]." })
  honorifics!: string[];
}
