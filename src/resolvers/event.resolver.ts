import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Article } from "../models/article.type";
import { EventConnection } from "../models/connections";
import { Event } from "../models/event.type";
import { PageArgs } from "../models/page.args";
import { listEvents } from "../services/event.service";
import { parseId } from "../services/ids";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: "One event by id; null when there is none." })
  event(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.event.load(parseId(id, "id"));
  }

  @Query(() => EventConnection, { description: "Events in the order they were first stored." })
  events(@Args() args: PageArgs, @Ctx() { prisma }: Context) {
    return listEvents(prisma, args);
  }

  @FieldResolver(() => [Article], { description: "Articles that cover the event." })
  async articles(@Root() event: Event, @Ctx() { loaders }: Context) {
    return (await loaders.articlesOfEvent.load(event.id)).map((row) => row.article);
  }
}
