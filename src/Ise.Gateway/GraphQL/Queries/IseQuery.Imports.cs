using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.Imports;
using Ise.Imports;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>CSV import jobs (started by <c>POST /api/imports/…</c>): their progress and report.</summary>
public sealed partial class IseQuery
{
    private void ImportQueries() =>
        Field<NonNullGraphType<ImportJobGraphType>>("importJob")
            .Description("An import job's progress and report, for the caller who started it and the secretariat.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                var id = c.GetArgument<string>("id");
                var job = IseKeys.IsImportJob(id) ? await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IImportJobGrain>(id).FindAsync() : null;
                if (job is null)
                {
                    throw ApiError.Create(ErrorCodes.NotFound, $"No import job with id {id}.", "id");
                }

                return ImportEndpoints.CanRead(caller, job)
                    ? job
                    : throw ApiError.Forbidden($"Import job {id} was started by someone else; only they and the secretariat may read it.");
            });
}
