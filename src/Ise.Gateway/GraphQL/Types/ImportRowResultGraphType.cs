using GraphQL.Types;
using Ise.Imports;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ImportRowResultGraphType : ObjectGraphType<ImportRowResult>
{
    public ImportRowResultGraphType()
    {
        Name = "ImportRowResult";
        Description = "One row of an import's report: its line in the file, outcome, what it names (SME id, attendee code) and why.";
        Field(r => r.Line);
        Field(r => r.Outcome, type: typeof(NonNullGraphType<ImportRowOutcomeEnumGraphType>));
        Field(r => r.Subject, nullable: true);
        Field(r => r.Message);
    }
}
