using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class RetroactiveReportGraphType : ObjectGraphType<RetroactiveAttendanceReport>
{
    public RetroactiveReportGraphType()
    {
        Name = "RetroactiveAttendanceReport";
        Field(r => r.Recorded, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        Field(r => r.AlreadyAttended, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        Field(r => r.Refused, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RefusedCodeGraphType>>>));
    }
}
