import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { ArticleConnection, EventConnection } from "../models/connections";
import { PageArgs } from "../models/page.args";
import { Event } from "../models/event.type";
import { EventsArgs } from "../models/events.args";
import { listEvents } from "../services/event.service";
import { decodeGlobalId } from "../services/global-id";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, {
    nullable: true,
    description: "One event by global ID; null when the ID is malformed, of another type, or unknown.",
  })
  event(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    const rowId = decodeGlobalId(id, "Event");
    return rowId === null ? null : loaders.event.load(rowId);
  }

  @Query(() => EventConnection, { description: "Events, latest first unless `orderBy` says otherwise." })
  events(@Args() args: EventsArgs, @Ctx() { prisma }: Context) {
    return listEvents(prisma, args);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that cover the event, newest first." })
  articles(@Root() event: Event, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.articlesOfEvent.load({ ...page, parentId: event.id });
  }
}
