import { Field, ID, ObjectType } from "type-graphql";
import { Person } from "./person.type";

@ObjectType({ simpleResolvers: true })
export class PersonPayload {
  @Field(() => Person)
  person!: Person;
}

@ObjectType({ simpleResolvers: true })
export class MergePeoplePayload {
  @Field(() => Person, { description: "The survivor, with everything the merged people had." })
  person!: Person;

  @Field(() => [ID], { description: "The merged people's IDs: `node` and `_entities` resolve them to the survivor." })
  mergedPersonIds!: string[];
}

@ObjectType({ simpleResolvers: true })
export class SplitPersonPayload {
  @Field(() => Person, { description: "The person the alias was split from." })
  person!: Person;

  @Field(() => Person, { description: "The new person." })
  newPerson!: Person;
}
