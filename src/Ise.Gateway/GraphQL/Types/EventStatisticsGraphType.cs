using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class EventStatisticsGraphType : ObjectGraphType<EventStatistics>
{
    public EventStatisticsGraphType()
    {
        Name = "EventStatistics";
        Description = "Live statistics of an event, kept as things happen.";
        Field(s => s.Sequence, type: typeof(NonNullGraphType<LongGraphType>)).Description("Increases with every change.");
        Field(s => s.Registered).Description("Holding a seat, not checked in.");
        Field(s => s.WaitListed);
        Field(s => s.CheckedIn);
        Field(s => s.Expected).Description("Registered plus checked in.");
        Field(s => s.WalkIns);
        Field(s => s.NoShows);
        Field(s => s.Cancelled);
        Field(s => s.FeedbackCount);
        Field(s => s.AverageRating, nullable: true);
        Field(s => s.Connections, type: typeof(NonNullGraphType<ConnectionTallyGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByCountryGraphType>>>>("checkedInByCountry")
            .Resolve(c => c.Source.CheckedInByCountry.OrderBy(p => p.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByRegionGraphType>>>>("checkedInByRegion")
            .Resolve(c => c.Source.CheckedInByRegion.OrderBy(p => p.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBySectorGraphType>>>>("checkedInBySector")
            .Resolve(c => c.Source.CheckedInBySector.OrderBy(p => p.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrivalGraphType>>>>("recentArrivals").Resolve(c => c.Source.RecentArrivals);
    }
}
