import { Field, ObjectType } from "type-graphql";
import { Node } from "./node.interface";
import { Organization } from "./organization.type";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A title a person holds, e.g. \"Deputy Secretary General\" of Hezbollah." })
export class Role extends Node {

  @Field()
  title!: string;

  @Field(() => Organization, { nullable: true, description: "Null when the text names no organisation." })
  organization!: Organization | null;
}
