import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./page.args";
import { OrganizationFilter } from "./organization-filter.input";
import { OrganizationOrder } from "./organization-order.input";

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @ValidateNested()
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrder, { nullable: true, description: "By name, A→Z, unless given." })
  @ValidateNested()
  orderBy?: OrganizationOrder | null;
}
