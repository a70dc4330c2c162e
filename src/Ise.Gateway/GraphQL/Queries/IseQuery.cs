using GraphQL;
using GraphQL.Types;
using Ise.Clusters;
using Ise.Events;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.Security;
using Ise.Indexes;
using Ise.Programme;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The partners' read API: SMEs, events and the programme's reference data. Lists come from index grains.</summary>
public sealed partial class IseQuery : ObjectGraphType
{
    private const int MaxMonthsPerQuery = 36;

    public IseQuery()
    {
        Name = "Query";
        Field<CallerGraphType>("me").Description("The caller's role and scope; null without an API key.")
            .Resolve(c => c.User is { } user ? IseCaller.From(user) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerGraphType>>>>("partners").Resolve(_ => ProgrammeCatalog.Partners);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions").Resolve(_ => ProgrammeCatalog.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorGraphType>>>>("sectors").Resolve(_ => ProgrammeCatalog.Sectors);

        Field<SmeGraphType>("sme")
            .Description("One SME, in full for the secretariat, the partners that lead or served it, and its own members.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await LoadVisibleSmeAsync(c, c.GetArgument<string>("id")));

        Connection<SmeGraphType>("smes")
            .Description("SMEs by region, sector, partner, stage and name (filter.name reads the name index; the other criteria narrow what it finds): " +
                "the secretariat sees all, partner staff those they lead or served.")
            .Argument<SmeFilterInputGraphType>("filter")
            .ResolveAsync(async c => await ListSmesAsync(c, c.GetArgument<SmeFilter?>("filter") ?? new SmeFilter(), c.RequestedFirst(), c.After));

        Field<EventGraphType>("event")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Description("One event: its public details for every caller, except door staff, who see their own event only.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                c.Caller().RequireSeesEvent(id);
                return await c.RequestServices!.GetRequiredService<EventByIdDataLoader>().LoadAsync(id)
                    ?? throw ApiError.Create(ErrorCodes.NotFound, $"No event with id {id}.", "id");
            });

        Field<NonNullGraphType<ClusterGraphType>>("cluster")
            .Description("A sector cluster: the secretariat, partner staff and its members.")
            .Argument<NonNullGraphType<SectorEnumGraphType>>("sector")
            .ResolveAsync(async c => await LoadClusterAsync(c, c.GetArgument<Sector>("sector")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterGraphType>>>>("clusters")
            .Description("The clusters the caller may follow.")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff, IseRole.ClusterMember);
                var grains = c.RequestServices!.GetRequiredService<IGrainFactory>();
                var visible = caller.Role == IseRole.ClusterMember
                    ? (await MemberClustersAsync(c, caller.Scope!)).ToList()
                    : [.. ProgrammeCatalog.Sectors.Select(s => s.Slug)];
                return await Task.WhenAll(visible.Select(slug => grains.GetGrain<IClusterGrain>(slug).GetAsync()));
            });

        Connection<EventGraphType>("events")
            .Description("Events by kind, region, sector, local start date, status and host partner; door staff get their own event only.")
            .Argument<EventFilterInputGraphType>("filter")
            .ResolveAsync(async c => await ListEventsAsync(c, c.GetArgument<EventFilter?>("filter") ?? new EventFilter(), c.RequestedFirst(), c.After));

        DiagnosticQueries();
        PersonalDataQueries();
        IndicatorQueries();
        ImportQueries();
        ApiKeyQueries();
        TrustedDocumentQueries();
        PeopleQueries();
        WalkInQueries();
    }

    /// <summary>A cluster the caller may follow: secretariat and partner staff any, a member the clusters its SME is in.</summary>
    public static async Task<ClusterView> LoadClusterAsync(IResolveFieldContext context, Sector sector)
    {
        var caller = context.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff, IseRole.ClusterMember);
        var slug = ProgrammeCatalog.Describe(sector).Slug;
        if (caller.Role == IseRole.ClusterMember && !(await MemberClustersAsync(context, caller.Scope!)).Contains(slug))
        {
            throw ApiError.Forbidden($"SME {caller.Scope} is not a member of the {slug} cluster.");
        }

        return await context.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IClusterGrain>(slug).GetAsync();
    }

    public static async Task<IReadOnlySet<string>> MemberClustersAsync(IResolveFieldContext context, string smeId)
    {
        var details = await context.RequestServices!.GetRequiredService<SmeByIdDataLoader>().LoadAsync(smeId);
        return details is null ? new HashSet<string>() : ClusterMemberships.Current(details.Journey);
    }

    public static async Task<SmeDetails> LoadVisibleSmeAsync(IResolveFieldContext context, string smeId, string field = "id")
    {
        var caller = context.Caller();
        if (!IseKeys.TryCountryOfSme(smeId, out _))
        {
            throw ApiError.Invalid(field, $"'{smeId}' is not an SME id (COUNTRY-companyId, e.g. FR-732829320).");
        }

        var details = await context.RequestServices!.GetRequiredService<SmeByIdDataLoader>().LoadAsync(smeId)
            ?? throw ApiError.Create(ErrorCodes.NotFound, $"No SME with id {smeId}.", field);
        return caller.CanSeeSme(smeId, details.View.ServingPartnerIds)
            ? details
            : throw ApiError.Forbidden($"{caller.Role} {caller.Scope} neither leads nor served SME {smeId}.");
    }

    private static async Task<object?> ListSmesAsync(IResolveFieldContext context, SmeFilter filter, int? first, string? after)
    {
        var caller = context.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff);
        if (caller.Role == IseRole.PartnerStaff)
        {
            if (filter.PartnerId is { } asked && asked != caller.Scope)
            {
                throw ApiError.Forbidden($"Partner staff of {caller.Scope} list only the SMEs their partner leads or served.");
            }

            filter = filter with { PartnerId = caller.Scope };
        }

        var loader = context.RequestServices!.GetRequiredService<SmeByIdDataLoader>();
        var grains = context.RequestServices!.GetRequiredService<IGrainFactory>();
        var search = filter.Name is { } name ? NameSearch(name, "filter.name") : null;
        var (page, hasMore) = search is not null
            ? await new NameIndexPager(grains).PageAsync(search, PageSize.Of(first), after, async row =>
                await loader.LoadAsync(row.Member) is { } details && Matches(details.View, filter)
                && search.Finds(details.View.Profile, IseKeys.ValueOfIndexBucket(row.List)))
            : await new IndexPager(grains).PageAsync(ListsOf(filter), PageSize.Of(first), after, async id =>
                await loader.LoadAsync(id) is { } details && Matches(details.View, filter));
        var nodes = new List<(SmeDetails, string)>();
        foreach (var (member, position) in page)
        {
            nodes.Add(((await loader.LoadAsync(member))!, position));
        }

        return Pages.Of(nodes, hasMore, after is not null);
    }

    /// <summary>The search for <paramref name="name"/>, or a <c>VALIDATION</c> error naming <paramref name="field"/>.</summary>
    private static SmeNameSearch NameSearch(string name, string field) =>
        SmeNameSearch.TryParse(name, out var search, out var problem) ? search : throw ApiError.Invalid(field, $"{field} {problem}");

    /// <summary>The index lists that hold every SME a filter without a name can show: the narrowest it names.</summary>
    private static IReadOnlyList<IndexEntry> ListsOf(SmeFilter filter) => filter switch
    {
        { PartnerId: { } partner } => [new(IndexName.SmesByPartner, partner)],
        { Stage: { } stage } => [new(IndexName.SmesByStage, SmeIndexes.StageSlug(stage))],
        { Region: { } region } => [new(IndexName.SmesByRegion, ProgrammeCatalog.Describe(region).Slug)],
        { Sector: { } sector } => [new(IndexName.SmesBySector, ProgrammeCatalog.Describe(sector).Slug)],
        _ => [.. ProgrammeCatalog.Regions.Select(r => new IndexEntry(IndexName.SmesByRegion, r.Slug))],
    };

    private static bool Matches(SmeView sme, SmeFilter filter) =>
        sme.MergedInto is null
        && (filter.Region is null || sme.Profile.Region == filter.Region)
        && (filter.Sector is null || sme.Profile.Sector == filter.Sector)
        && (filter.Stage is null || sme.Stage.Stage == filter.Stage)
        && (filter.PartnerId is null || sme.ServingPartnerIds.Contains(filter.PartnerId));

    private static async Task<object?> ListEventsAsync(IResolveFieldContext context, EventFilter filter, int? first, string? after)
    {
        var caller = context.Caller();
        if (filter is { From: { } from, To: { } to } && to < from)
        {
            throw ApiError.Invalid("filter.to", "filter.to is before filter.from.");
        }

        if (caller.Role == IseRole.DoorStaff)
        {
            return await DoorStaffEventAsync(context, caller.Scope!, filter, after);
        }

        IReadOnlyList<IndexEntry> sources = filter switch
        {
            { From: not null } or { To: not null } => Months(filter),
            { HostPartnerId: { } host } => [new(IndexName.EventsByHostPartner, host)],
            { Status: { } status } => [new(IndexName.EventsByStatus, EventIndexes.StatusSlug(status))],
            { Kind: { } kind } => [new(IndexName.EventsByKind, ProgrammeCatalog.Describe(kind).Slug)],
            { Region: { } region } => [new(IndexName.EventsByRegion, ProgrammeCatalog.Describe(region).Slug)],
            _ => [.. Enum.GetValues<EventStatus>().Select(s => new IndexEntry(IndexName.EventsByStatus, EventIndexes.StatusSlug(s)))],
        };
        var loader = context.RequestServices!.GetRequiredService<EventByIdDataLoader>();
        var pager = new IndexPager(context.RequestServices!.GetRequiredService<IGrainFactory>());
        var (page, hasMore) = await pager.PageAsync(sources, PageSize.Of(first), after, async id =>
            await loader.LoadAsync(id) is { } view && Matches(view, filter));
        var nodes = new List<(EventView, string)>();
        foreach (var (member, position) in page)
        {
            nodes.Add(((await loader.LoadAsync(member))!, position));
        }

        return Pages.Of(nodes, hasMore, after is not null);
    }

    /// <summary>Door staff's list: their own event when it matches the filter, on one page.</summary>
    private static async Task<object?> DoorStaffEventAsync(IResolveFieldContext context, string eventId, EventFilter filter, string? after)
    {
        var view = after is null ? await context.RequestServices!.GetRequiredService<EventByIdDataLoader>().LoadAsync(eventId) : null;
        List<(EventView, string)> nodes = view is not null && Matches(view, filter) ? [(view, eventId)] : [];
        return Pages.Of(nodes, hasNextPage: false, hasPreviousPage: after is not null);
    }

    private static List<IndexEntry> Months(EventFilter filter)
    {
        var from = filter.From ?? filter.To!.Value.AddMonths(-MaxMonthsPerQuery + 1);
        var to = filter.To ?? from.AddMonths(MaxMonthsPerQuery - 1);
        var months = new List<IndexEntry>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            if (months.Count == MaxMonthsPerQuery)
            {
                throw ApiError.Invalid("filter", $"A date range covers at most {MaxMonthsPerQuery} months.");
            }

            months.Add(new IndexEntry(IndexName.EventsByMonth, EventIndexes.Month(month.ToDateTime(TimeOnly.MinValue))));
        }

        return months;
    }

    private static bool Matches(EventView view, EventFilter filter)
    {
        var day = DateOnly.FromDateTime(view.Definition.StartsAtLocal);
        return (filter.Kind is null || view.Definition.Kind == filter.Kind)
            && (filter.Region is null || view.Definition.Region == filter.Region)
            && (filter.Sector is null || view.Definition.Sectors.Contains(filter.Sector.Value))
            && (filter.Status is null || view.Status == filter.Status)
            && (filter.HostPartnerId is null || view.Definition.HostPartnerId == filter.HostPartnerId)
            && (filter.From is null || day >= filter.From)
            && (filter.To is null || day <= filter.To);
    }
}
