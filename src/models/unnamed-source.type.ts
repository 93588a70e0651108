import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A speaker the article does not name, as it describes them: \"officials\", \"a source close to the talks\"." })
export class UnnamedSource {
  @Field({ description: "How the article describes the speaker." })
  description!: string;
}
