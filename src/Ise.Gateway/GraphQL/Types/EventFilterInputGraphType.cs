using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

public sealed class EventFilterInputGraphType : InputObjectGraphType<EventFilter>
{
    public EventFilterInputGraphType()
    {
        Name = "EventFilter";
        Field(f => f.Kind, type: typeof(ActivityKindEnumGraphType));
        Field(f => f.Region, type: typeof(RegionEnumGraphType));
        Field(f => f.Sector, type: typeof(SectorEnumGraphType));
        Field(f => f.From, type: typeof(DateOnlyGraphType)).Description("Local start date on or after.");
        Field(f => f.To, type: typeof(DateOnlyGraphType)).Description("Local start date on or before.");
        Field(f => f.Status, type: typeof(EventStatusEnumGraphType));
        Field(f => f.HostPartnerId, type: typeof(IdGraphType)).Description("The partner hosting it (an id of partners).");
    }
}
