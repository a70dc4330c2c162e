using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ArrivalGraphType : ObjectGraphType<Arrival>
{
    public ArrivalGraphType()
    {
        Name = "Arrival";
        Field(a => a.Code);
        Field(a => a.SmeId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.At);
        Field(a => a.LocalTime).Description("HH:mm in the event's region.");
        Field(a => a.WalkIn);
    }
}
