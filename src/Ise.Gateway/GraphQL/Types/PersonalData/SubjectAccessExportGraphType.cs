using GraphQL.Types;
using Ise.PersonalData;

namespace Ise.Gateway.GraphQL.Types.PersonalData;

public sealed class SubjectAccessExportGraphType : ObjectGraphType<SubjectAccessExport>
{
    public SubjectAccessExportGraphType()
    {
        Name = "SubjectAccessExport";
        Description = "Everything held about one person: their contact record with its consent, and the SME it belongs to. Journeys and registrations refer to them by contact id only.";
        Field<NonNullGraphType<IdGraphType>>("smeId").Resolve(c => c.Source.SmeId);
        Field<NonNullGraphType<StringGraphType>>("smeName").Resolve(c => c.Source.SmeName);
        Field<NonNullGraphType<ContactGraphType>>("contact").Resolve(c => c.Source.Contact);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("exportedAt").Resolve(c => c.Source.ExportedAt);
    }
}
