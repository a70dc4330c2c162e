using System.Text.Json;

namespace Ise.Bench;

/// <summary>
/// The baseline of P4, written by hand: a page of SMEs of one sector with their journeys, read from the
/// same index buckets in the same order and from the same SME grains as the GraphQL query
/// <see cref="Query"/>, and shaped as the same JSON document. A chunk of the index is fetched from
/// its SMEs concurrently.
/// </summary>
public static class SmePageReader
{
    public const int PageSize = 100;
    public const int JourneyEntries = 20;
    private const int Chunk = 200;

    public static string Query(Sector sector) =>
        $$"""
        { smes(first: {{PageSize}}, filter: { sector: {{Constant(sector.ToString())}} }) { edges { node {
            id name sector servingPartnerIds stage { stage }
            journey(first: {{JourneyEntries}}) { edges { node { id kind partnerId eventId } } } } } } }
        """;

    public static async Task<JsonObject> ReadAsync(IGrainFactory grains, Sector sector)
    {
        var slug = ProgrammeCatalog.Describe(sector).Slug;
        var edges = new JsonArray();
        for (var bucket = 0; bucket < IseKeys.IndexBucketCount && edges.Count < PageSize; bucket++)
        {
            var index = grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(IndexName.SmesBySector, slug, bucket));
            string? after = null;
            while (edges.Count < PageSize)
            {
                var chunk = await index.GetPageAsync(after, Chunk);
                var loaded = await Task.WhenAll(chunk.Members.Select(id => grains.GetGrain<ISmeGrain>(id).FindDetailsAsync()));
                foreach (var details in loaded.Where(d => d is { View.MergedInto: null } && d.View.Profile.Sector == sector).Take(PageSize - edges.Count))
                {
                    edges.Add(new JsonObject { ["node"] = Node(details!) });
                }

                if (!chunk.HasMore || chunk.Members.Count == 0)
                {
                    break;
                }

                after = chunk.Members[^1];
            }
        }

        return new JsonObject { ["data"] = new JsonObject { ["smes"] = new JsonObject { ["edges"] = edges } } };
    }

    private static JsonObject Node(SmeDetails sme) => new()
    {
        ["id"] = sme.View.Profile.Id,
        ["name"] = sme.View.Profile.Name,
        ["sector"] = Constant(sme.View.Profile.Sector.ToString()),
        ["servingPartnerIds"] = new JsonArray([.. sme.View.ServingPartnerIds.Select(p => (JsonNode?)JsonValue.Create(p))]),
        ["stage"] = new JsonObject { ["stage"] = Constant(sme.View.Stage.Stage.ToString()) },
        ["journey"] = new JsonObject
        {
            ["edges"] = new JsonArray([.. sme.Journey.Take(JourneyEntries).Select(e => (JsonNode?)new JsonObject
            {
                ["node"] = new JsonObject
                {
                    ["id"] = e.Id,
                    ["kind"] = Constant(e.Kind.ToString()),
                    ["partnerId"] = e.PartnerId,
                    ["eventId"] = e.EventId,
                },
            })]),
        },
    };

    /// <summary>An enum value as GraphQL names it (CONSTANT_CASE).</summary>
    private static string Constant(string name) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(name);
}
