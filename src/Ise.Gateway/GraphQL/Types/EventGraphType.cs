using GraphQL;
using GraphQL.Types;
using Ise.Events;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>An event: definition, status and seats; its attendees and statistics for those who run it.</summary>
public sealed class EventGraphType : ObjectGraphType<EventView>
{
    public EventGraphType()
    {
        Name = "Event";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Definition.Title);
        Field<NonNullGraphType<ActivityKindEnumGraphType>>("kind").Resolve(c => c.Source.Definition.Kind);
        Field<NonNullGraphType<IdGraphType>>("hostPartnerId").Resolve(c => c.Source.Definition.HostPartnerId);
        Field<NonNullGraphType<RegionEnumGraphType>>("region").Resolve(c => c.Source.Definition.Region);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorEnumGraphType>>>>("sectors").Resolve(c => c.Source.Definition.Sectors);
        Field(e => e.StartsAt);
        Field(e => e.EndsAt);
        Field<NonNullGraphType<LocalDateTimeGraphType>>("startsAtLocal").Description("Local time of the region.").Resolve(c => c.Source.Definition.StartsAtLocal);
        Field<NonNullGraphType<LocalDateTimeGraphType>>("endsAtLocal").Resolve(c => c.Source.Definition.EndsAtLocal);
        Field<NonNullGraphType<StringGraphType>>("timeZone").Resolve(c => c.Source.Region.TimeZoneId);
        Field<NonNullGraphType<StringGraphType>>("venue").Resolve(c => c.Source.Definition.Venue);
        Field<NonNullGraphType<IntGraphType>>("capacity").Resolve(c => c.Source.Definition.Capacity);
        Field<NonNullGraphType<IntGraphType>>("waitingListLimit").Resolve(c => c.Source.Definition.WaitingListLimit ?? c.Source.Definition.Capacity);
        Field(e => e.Status, type: typeof(NonNullGraphType<EventStatusEnumGraphType>));
        Field(e => e.Confirmed).Description("Seats taken.");
        Field(e => e.WaitListed);
        Field(e => e.SeatsLeft);
        Connection<RegistrationGraphType>("attendees")
            .Description("Registrations, by status if given: the event's organisers, partner, door staff and the secretariat.")
            .Argument<AttendanceStatusEnumGraphType>("status")
            .ResolveAsync(async c =>
            {
                c.Caller().RequireEvent(c.Source.Id, c.Source.Definition.HostPartnerId, "listing attendees");
                var grains = c.RequestServices!.GetRequiredService<IGrainFactory>();
                return await AttendeePager.PageAsync(grains, c.Source, c.GetArgument<AttendanceStatus?>("status"), c.RequestedFirst(), c.After);
            });
        Field<NonNullGraphType<ConnectionTallyGraphType>>("connections")
            .Description("Connections made at the event between attending SMEs.")
            .ResolveAsync(async c =>
            {
                c.Caller().RequireEvent(c.Source.Id, c.Source.Definition.HostPartnerId, "reading connections");
                return (await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IEventStatisticsGrain>(c.Source.Id).GetAsync()).Connections;
            });
        Field<NonNullGraphType<EventStatisticsGraphType>>("stats")
            .Description("Live statistics: the event's organisers, partner, door staff and the secretariat.")
            .ResolveAsync(async c =>
            {
                c.Caller().RequireEvent(c.Source.Id, c.Source.Definition.HostPartnerId, "reading statistics");
                return await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IEventStatisticsGrain>(c.Source.Id).GetAsync();
            });
    }
}
