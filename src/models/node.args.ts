import { ArrayMaxSize } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { MAX_IDS_PER_ARGUMENT } from "../services/global-id";

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], { description: `Global IDs, at most ${MAX_IDS_PER_ARGUMENT}; the answer has one entry per ID, in order.` })
  @ArrayMaxSize(MAX_IDS_PER_ARGUMENT)
  ids!: string[];
}
