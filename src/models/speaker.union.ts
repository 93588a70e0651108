import { createUnionType } from "type-graphql";
import { Organization } from "./organization.type";
import { Person } from "./person.type";
import { UnnamedSource } from "./unnamed-source.type";

/** A speaker as Quote.attributedTo returns it: the stored row tagged with the GraphQL type it is. */
export type SpeakerValue =
  | (Person & { __typename: "Person" })
  | (Organization & { __typename: "Organization" })
  | (UnnamedSource & { __typename: "UnnamedSource" });

/** Who a quote is attributed to: a person, an organisation, or an unnamed source. */
export const Speaker = createUnionType({
  name: "Speaker",
  description: "Who said a quote: a named Person, an Organization speaking as such, or an UnnamedSource (\"officials\").",
  types: () => [Person, Organization, UnnamedSource] as const,
  resolveType: (value) => (value as SpeakerValue).__typename,
});
