import { Article } from "./article.type";
import { connectionOf } from "./connection";
import { Event } from "./event.type";
import { Organization } from "./organization.type";
import { Person } from "./person.type";
import { Quote } from "./quote.type";

export const ArticleConnection = connectionOf(Article, "Article");
export const PersonConnection = connectionOf(Person, "Person");
export const EventConnection = connectionOf(Event, "Event");
export const QuoteConnection = connectionOf(Quote, "Quote");
export const OrganizationConnection = connectionOf(Organization, "Organization");
