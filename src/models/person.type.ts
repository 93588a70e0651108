import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "./node.interface";

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: "A person mentioned or quoted in the articles, one node across all of them." })
export class Person extends Node {

  @Field({ description: "Canonical name without honorifics, e.g. \"Naim Qassem\"." })
  name!: string;

  @Field(() => [String], { description: "Honorifics used for the person, e.g. [\"Ayatollah\", \"Seyyed\"]." })
  honorifics!: string[];
}
