import { Directive, Field, Int, ObjectType } from "type-graphql";

/** A half-open range [start, end) of a string, in UTF-16 code units (JavaScript string indices). */
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "A range [start, end) of a string, in UTF-16 code units (JavaScript string indices)." })
export class TextRange {
  @Field(() => Int, { description: "Offset of the first character." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the last character." })
  end!: number;
}
