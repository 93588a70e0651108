import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "./page.args";

@InputType({ description: "Entries matching all the given conditions." })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "Only this actor (\"key:3\", \"jwt:editor@example.org\")." })
  @IsOptional()
  @MaxLength(300)
  actor?: string | null;

  @Field(() => String, { nullable: true, description: "Only this mutation (\"correctQuote\")." })
  @IsOptional()
  @MaxLength(100)
  operation?: string | null;

  @Field(() => ID, { nullable: true, description: "Only changes of this object (global ID)." })
  @IsOptional()
  @MaxLength(100)
  targetId?: string | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;
}
