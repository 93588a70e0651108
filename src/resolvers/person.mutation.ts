import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { actorOf } from "../auth/actor";
import type { Context } from "../context";
import { MergePeopleInput, RenamePersonInput, SplitPersonInput } from "../models/person-edit.input";
import { MergePeoplePayload, PersonPayload, SplitPersonPayload } from "../models/person.payload";
import { toPerson } from "../services/records";
import { mergePeople, renamePerson, splitPerson } from "../services/person-write.service";

@Resolver()
export class PersonMutationResolver {
  @Mutation(() => MergePeoplePayload, {
    description: "Merges people that are one: aliases, roles, quotes and mentions move to `into`; the merged IDs resolve to it. Needs admin.",
  })
  async mergePeople(@Arg("input", () => MergePeopleInput) input: MergePeopleInput, @Ctx() ctx: Context): Promise<MergePeoplePayload> {
    const survivor = await mergePeople(ctx.prisma, input.into, input.people, actorOf(ctx));
    return { person: toPerson(survivor), mergedPersonIds: input.people };
  }

  @Mutation(() => PersonPayload, { description: "Renames a person (the old name stays an alias, and keeps meaning this person). Needs write." })
  async renamePerson(@Arg("input", () => RenamePersonInput) input: RenamePersonInput, @Ctx() ctx: Context): Promise<PersonPayload> {
    return { person: toPerson(await renamePerson(ctx.prisma, input.id, input.name, actorOf(ctx))) };
  }

  @Mutation(() => SplitPersonPayload, {
    description: "Splits an alias wrongly merged into a person off as its own person, with the quotes and mentions named. Needs admin.",
  })
  async splitPerson(@Arg("input", () => SplitPersonInput) input: SplitPersonInput, @Ctx() ctx: Context): Promise<SplitPersonPayload> {
    const { person, newPerson } = await splitPerson(ctx.prisma, input, actorOf(ctx));
    return { person: toPerson(person), newPerson: toPerson(newPerson) };
  }
}
