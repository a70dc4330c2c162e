using GraphQL.Types;
using Ise.Connections;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ConnectionRecordGraphType : ObjectGraphType<ConnectionView>
{
    public ConnectionRecordGraphType()
    {
        Name = "ConnectionRecord";
        Description = "A connection between two SMEs made at an event (the programme's \"new connections\").";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<IdGraphType>>("eventId").Resolve(c => c.Source.Definition.EventId);
        Field<NonNullGraphType<IdGraphType>>("requesterSmeId").Resolve(c => c.Source.Definition.Requester.SmeId);
        Field<NonNullGraphType<IdGraphType>>("counterpartSmeId").Resolve(c => c.Source.Definition.Counterpart.SmeId);
        Field(c => c.Status, type: typeof(NonNullGraphType<ConnectionStatusEnumGraphType>));
        Field(c => c.CrossBorder);
        Field(c => c.RequestedAt);
        Field(c => c.MetAt, nullable: true);
        Field(c => c.Outcome, nullable: true);
        Field(c => c.FollowUpRating, nullable: true);
    }
}
