using GraphQL.Types;
using Ise.Imports;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ImportJobGraphType : ObjectGraphType<ImportJobView>
{
    public ImportJobGraphType()
    {
        Name = "ImportJob";
        Description = "A CSV import: progress (done of total rows) and its report; rows and rejectedRows are capped, omitted* say how many more there were.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ImportKindEnumGraphType>>("kind").Resolve(c => c.Source.Request.Kind);
        Field(j => j.Status, type: typeof(NonNullGraphType<ImportJobStatusEnumGraphType>));
        Field<IdGraphType>("eventId").Resolve(c => c.Source.Request.EventId);
        Field<NonNullGraphType<StringGraphType>>("fileName").Resolve(c => c.Source.Request.FileName);
        Field(j => j.Total);
        Field(j => j.Done);
        Field(j => j.Accepted);
        Field(j => j.Unchanged);
        Field(j => j.Rejected);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowResultGraphType>>>>("rows").Resolve(c => c.Source.Rows);
        Field(j => j.OmittedRows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowResultGraphType>>>>("rejectedRows").Resolve(c => c.Source.RejectedRows);
        Field(j => j.OmittedRejectedRows);
        Field(j => j.StartedAt);
        Field(j => j.FinishedAt, nullable: true);
    }
}
