import { GraphQLDate } from "graphql-scalars";

/** Calendar dates ("2023-10-01") for publication and event dates; the time of day is not known. */
export const DateScalar = GraphQLDate;
