import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { OrganizationConnection, PersonConnection, QuoteConnection } from "../models/connections";
import { Organization } from "../models/organization.type";
import { OrganizationsArgs } from "../models/organizations.args";
import { PageArgs } from "../models/page.args";
import { decodeGlobalId } from "../services/global-id";
import { listOrganizations } from "../services/organization.service";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, {
    nullable: true,
    description: "One organisation by global ID; null when the ID is malformed, of another type, or unknown.",
  })
  organization(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    const rowId = decodeGlobalId(id, "Organization");
    return rowId === null ? null : loaders.organization.load(rowId);
  }

  @Query(() => OrganizationConnection, { description: "Organisations, by name A→Z unless `orderBy` says otherwise." })
  organizations(@Args() args: OrganizationsArgs, @Ctx() { prisma }: Context) {
    return listOrganizations(prisma, args);
  }

  @FieldResolver(() => PersonConnection, { description: "The people holding a role at the organisation, by name A→Z." })
  people(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.peopleOfOrganization.load({ ...page, parentId: organization.id });
  }

  @FieldResolver(() => QuoteConnection, {
    description: "What the organisation is quoted as saying (as the speaker), from the newest articles first.",
  })
  quotes(@Root() organization: Organization, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.quotesOfOrganization.load({ ...page, parentId: organization.id });
  }
}
