import { GraphQLDateTime, GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { connectionOf } from "./connection";

@ObjectType({ simpleResolvers: true, description: "One change made through the API: who, when, what, and the changed fields before and after." })
export class AuditEntry {
  @Field(() => Int, { description: "Increasing: later entries have larger ids." })
  id!: number;

  @Field(() => GraphQLDateTime)
  at!: Date;

  @Field({ description: "\"key:<id>\" for an API key, \"jwt:<sub>\" for a JWT." })
  actor!: string;

  @Field({ description: "The mutation, e.g. \"correctQuote\"." })
  operation!: string;

  @Field({ description: "The type of what changed: Article, Quote, Person." })
  targetType!: string;

  @Field(() => ID, { description: "The global ID of what changed (it may no longer exist)." })
  targetId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The changed fields before; null when the mutation created it." })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The changed fields after; null when the mutation removed it." })
  after!: Record<string, unknown> | null;
}

export const AuditEntryConnection = connectionOf(AuditEntry, "AuditEntry");
