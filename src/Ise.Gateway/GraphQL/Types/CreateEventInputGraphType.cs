using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class CreateEventInputGraphType : InputObjectGraphType<CreateEvent>
{
    public CreateEventInputGraphType()
    {
        Name = "CreateEventInput";
        Field(e => e.Title);
        Field(e => e.Kind, type: typeof(NonNullGraphType<ActivityKindEnumGraphType>));
        Field(e => e.HostPartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.Region, type: typeof(NonNullGraphType<RegionEnumGraphType>));
        Field(e => e.Sectors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SectorEnumGraphType>>>));
        Field(e => e.StartsAtLocal, type: typeof(NonNullGraphType<LocalDateTimeGraphType>)).Description("Local time of the region, without offset.");
        Field(e => e.EndsAtLocal, type: typeof(NonNullGraphType<LocalDateTimeGraphType>));
        Field(e => e.Venue);
        Field(e => e.Capacity);
        Field(e => e.WaitingListLimit, nullable: true).Description("Defaults to the capacity.");
    }
}
