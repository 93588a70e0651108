import type { SpeakerValue } from "../models/speaker.union";
import type { Loaders } from "./loaders";
import type { QuoteView } from "./records";

/**
 * Who a quote is attributed to, tagged with its GraphQL type: the person, else the organisation, else
 * the unnamed source's description; null when the article names no speaker. Loads through DataLoaders.
 */
export async function speakerOf(quote: QuoteView, loaders: Loaders): Promise<SpeakerValue | null> {
  if (quote.speakerId !== null) {
    const person = await loaders.person.load(quote.speakerId);
    if (person) return { ...person, __typename: "Person" };
  }
  if (quote.speakerOrganizationId !== null) {
    const organization = await loaders.organization.load(quote.speakerOrganizationId);
    if (organization) return { ...organization, __typename: "Organization" };
  }
  if (quote.speakerDescription) return { description: quote.speakerDescription, __typename: "UnnamedSource" };
  return null;
}
