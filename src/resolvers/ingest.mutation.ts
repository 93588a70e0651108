import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { actorOf } from "../auth/actor";
import type { Context } from "../context";
import { IngestDocumentInput } from "../models/ingest-document.input";
import { IngestDocumentsPayload, IngestStatus } from "../models/ingest.payload";
import { ingestDocuments } from "../services/ingest-write.service";

@Resolver()
export class IngestMutationResolver {
  @Mutation(() => IngestDocumentsPayload, {
    description:
      "Ingests documents as `npm run seed` does: each in its own transaction, an unchanged one (same content hash) not " +
      "again, people shared across documents. One result per input: the stored article or the reason, naming the input. " +
      "Needs the write scope.",
  })
  async ingestDocuments(
    @Arg("input", () => [IngestDocumentInput]) input: IngestDocumentInput[],
    @Ctx() ctx: Context,
  ): Promise<IngestDocumentsPayload> {
    const results = await ingestDocuments(ctx.prisma, input, ctx.ingestLimits, actorOf(ctx), ctx.extractor);
    const count = (status: IngestStatus) => results.filter((r) => r.status === status).length;
    return {
      results: results.map((r) => ({ ...r, status: r.status as IngestStatus })),
      added: count(IngestStatus.ADDED),
      updated: count(IngestStatus.UPDATED),
      unchanged: count(IngestStatus.UNCHANGED),
      failed: count(IngestStatus.FAILED),
    };
  }
}
