using Ise.Effects;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Connections;

/// <summary>
/// The two SMEs met (at <see cref="MetAt"/>), as seen by one of them (<see cref="SmeId"/>, the row's subject,
/// so its journey reads the entry back): one row per SME. The requester's row also counts the connection for
/// the event and the clusters of both SMEs' sectors.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.connection.met")]
public sealed record ConnectionMet(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ConnectionId,
    [property: Id(3)] DateTimeOffset MetAt,
    [property: Id(4)] string SmeId,
    [property: Id(5)] JourneyEntry Entry,
    [property: Id(6)] RecordConnection? CountedFor = null) : IConnectionEvent, IEffectSource
{
    public string? Subject => SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return new AddressedEffect(EffectTarget.Sme, SmeId, new JourneyEffect(Entry));
        if (CountedFor is not { } request)
        {
            yield break;
        }

        var made = new ConnectionMadeEffect(ConnectionId, request.Requester.Country, request.Counterpart.Country);
        yield return new AddressedEffect(EffectTarget.EventStatistics, request.EventId, made);
        foreach (var sector in new[] { request.Requester.Sector, request.Counterpart.Sector }.Distinct())
        {
            yield return new AddressedEffect(EffectTarget.Cluster, ProgrammeCatalog.Describe(sector).Slug, made);
        }
    }
}
