using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Indexes;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The door's search for a walk-in by name: whoever checks people in at the event, door staff included.</summary>
public sealed partial class IseQuery
{
    private const int WalkInNameMin = 2;
    private const int WalkInNameMax = 100;
    private const int WalkInDefault = 10;
    private const int WalkInMax = 20;

    private void WalkInQueries() =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WalkInCandidateGraphType>>>>("walkInCandidates")
            .Description($"SMEs whose name contains `name` ({WalkInNameMin}-{WalkInNameMax} characters, case and accents ignored), to walk one in at the event: " +
                $"for those who check people in there (door staff of that event too). The event's region is searched first, then the others; at most `first` ({WalkInDefault} unless asked, at most {WalkInMax}). " +
                "Company data only. The lists searched are the region indexes, as smes(filter) reads them.")
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
        var wanted = name.Trim();
        if (wanted.Length is < WalkInNameMin or > WalkInNameMax)
        {
            throw ApiError.Invalid("name", $"name must have {WalkInNameMin} to {WalkInNameMax} characters.");
        }

        var @event = await context.RequestServices!.GetRequiredService<EventByIdDataLoader>().LoadAsync(eventId)
            ?? throw ApiError.Create(ErrorCodes.NotFound, $"No event with id {eventId}.", "eventId");
        caller.RequireEvent(@event.Id, @event.Definition.HostPartnerId, "searching walk-ins");

        IReadOnlyList<IndexEntry> sources =
        [
            .. ProgrammeCatalog.Regions.OrderBy(r => r.Region != @event.Definition.Region).Select(r => new IndexEntry(IndexName.SmesByRegion, r.Slug)),
        ];
        var loader = context.RequestServices!.GetRequiredService<SmeByIdDataLoader>();
        var pager = new IndexPager(context.RequestServices!.GetRequiredService<IGrainFactory>());
        var (page, _) = await pager.PageAsync(sources, size, after: null, async id =>
            await loader.LoadAsync(id) is { View: { MergedInto: null } view } && NameContains(view.Profile.Name, wanted));
        var found = new List<SmeProfile>();
        foreach (var (member, _) in page)
        {
            found.Add((await loader.LoadAsync(member))!.View.Profile);
        }

        return found;
    }

    private static bool NameContains(string name, string wanted) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(name, wanted, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
