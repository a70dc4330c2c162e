using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The door's search for a walk-in by name: whoever checks people in at the event, door staff included.</summary>
public sealed partial class IseQuery
{
    private const int WalkInDefault = 10;
    private const int WalkInMax = 20;

    private void WalkInQueries() =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WalkInCandidateGraphType>>>>("walkInCandidates")
            .Description($"SMEs whose name (or company id) has words beginning with each word of `name` ({SmeNameSearch.MinLength}-{SmeNameSearch.MaxLength} characters, " +
                "case, accents and punctuation ignored), to walk one in at the event: " +
                $"for those who check people in there (door staff of that event too). The event's region comes first, then the others; at most `first` ({WalkInDefault} unless asked, at most {WalkInMax}). " +
                "Company data only. Read from the name index, as smes(filter: { name }) reads it.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async c => await WalkInCandidatesAsync(c, c.GetArgument<string>("eventId"), c.GetArgument<string>("name"), c.GetArgument<int?>("first")));

    private static async Task<IReadOnlyList<SmeProfile>> WalkInCandidatesAsync(IResolveFieldContext context, string eventId, string name, int? first)
    {
        var caller = context.Caller();
        caller.RequireSeesEvent(eventId);
        var size = first switch
        {
            null => WalkInDefault,
            < 1 or > WalkInMax => throw ApiError.Invalid("first", $"first must be between 1 and {WalkInMax}, not {first}."),
            _ => first.Value,
        };
        var search = NameSearch(name, "name");
        var @event = await context.RequestServices!.GetRequiredService<EventByIdDataLoader>().LoadAsync(eventId)
            ?? throw ApiError.Create(ErrorCodes.NotFound, $"No event with id {eventId}.", "eventId");
        caller.RequireEvent(@event.Id, @event.Definition.HostPartnerId, "searching walk-ins");

        // The event's region first, then the others: two reads of the name index by the same word.
        var loader = context.RequestServices!.GetRequiredService<SmeByIdDataLoader>();
        var pager = new NameIndexPager(context.RequestServices!.GetRequiredService<IGrainFactory>());
        var found = new List<SmeProfile>();
        foreach (var inEventRegion in new[] { true, false })
        {
            var (page, _) = await pager.PageAsync(search, size - found.Count, after: null, async row =>
                await loader.LoadAsync(row.Member) is { View: { MergedInto: null } view }
                && (view.Profile.Region == @event.Definition.Region) == inEventRegion
                && search.Finds(view.Profile, IseKeys.ValueOfIndexBucket(row.List)));
            foreach (var (member, _) in page)
            {
                found.Add((await loader.LoadAsync(member))!.View.Profile);
            }

            if (found.Count == size)
            {
                break;
            }
        }

        return found;
    }
}
