import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Node } from "./node.interface";
import { DateScalar } from "./scalars";

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: "Something that happened and that articles cover, e.g. a conference." })
export class Event extends Node {

  @Field({ description: "Full name including the edition: \"37th International Islamic Unity Conference\"." })
  name!: string;

  @Field(() => String, { nullable: true, description: "e.g. \"IIUC\"" })
  acronym!: string | null;

  @Field(() => Int, { nullable: true, description: "Edition number (\"37th\" → 37) when stated." })
  ordinal!: number | null;

  @Field(() => DateScalar, { nullable: true, description: "When it took place, resolved against the article date." })
  date!: Date | null;

  @Field(() => String, { nullable: true })
  location!: string | null;
}
