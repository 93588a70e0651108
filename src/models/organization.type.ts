import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "./node.interface";

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: "An organisation people hold roles in, or that speaks in a quote, e.g. \"Hezbollah\"." })
export class Organization extends Node {

  @Field()
  name!: string;
}
