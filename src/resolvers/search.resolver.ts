import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { SearchArgs } from "../models/search.args";
import { SearchConnection } from "../models/search.type";
import { searchContent } from "../services/search.service";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      "Full-text search over article titles and bodies and quote texts, best match first, each result " +
      "with a snippet around the matched words. Ranks the most recently added matches of each kind (the " +
      "server's SEARCH_CANDIDATES, 2,000 by default); totalCount counts those.",
  })
  search(@Args() args: SearchArgs, @Ctx() { prisma, loaders, searchCandidates }: Context) {
    return searchContent(prisma, loaders, args, searchCandidates);
  }
}
