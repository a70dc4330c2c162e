using Ise.Indicators;

namespace Ise.Smes;

/// <summary>
/// An SME as its journal builds it: its profile, the journey entries it stores itself (its own, and
/// those handed to it by senders with an outbox; not those journal rows of other streams hold about
/// it), the partners that served it, the merge, the index buckets it is in and what it is credited for,
/// and per outbox sender the last delivery applied. Changed only by <see cref="Apply"/>, which replay
/// calls too. Bounded by what one firm does. No personal data here.
/// </summary>
[GenerateSerializer, Alias("ise.sme-journal-state")]
public sealed class SmeJournalState
{
    [Id(0)]
    public SmeProfile? Profile { get; set; }

    [Id(1)]
    public List<JourneyEntry> Journey { get; set; } = [];

    [Id(2)]
    public List<string> ServingPartnerIds { get; set; } = [];

    [Id(3)]
    public string? MergedInto { get; set; }

    [Id(4)]
    public Dictionary<string, long> AppliedThrough { get; set; } = new(StringComparer.Ordinal);

    [Id(5)]
    public HashSet<string> Lists { get; set; } = new(StringComparer.Ordinal);

    [Id(6)]
    public Dictionary<string, IndicatorCredit> Credited { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Added to the version of an event to version its list changes: the sequences an outbox used before the journal come first.</summary>
    [Id(7)]
    public long VersionBase { get; set; }

    public void Apply(ISmeEvent @event)
    {
        switch (@event)
        {
            case SmeCarriedOver carried:
                Profile = carried.Profile;
                Journey = [.. carried.Journey];
                ServingPartnerIds = [.. carried.ServingPartnerIds];
                MergedInto = carried.MergedInto;
                AppliedThrough = new(carried.AppliedThrough, StringComparer.Ordinal);
                Lists = new(carried.Lists, StringComparer.Ordinal);
                Credited = new(carried.Credited, StringComparer.Ordinal);
                VersionBase = carried.VersionBase;
                break;
            case SmeRegistered registered:
                Profile = registered.Profile;
                Serves(registered.Profile.LeadPartnerId);
                Add(registered.Enrolled);
                Apply(registered.Consequences);
                break;
            case SmeClusterMembershipChanged cluster:
                Add(cluster.Entry);
                Apply(cluster.Consequences);
                break;
            case SmeAssessed assessed:
                Add(assessed.Entry);
                Apply(assessed.Consequences);
                break;
            case SmeMerged merged:
                Add(merged.Entry);
                MergedInto = merged.Target;
                Apply(merged.Consequences);
                break;
            case SmeJourneyReceived received:
                foreach (var entry in received.Entries)
                {
                    Add(entry);
                }

                foreach (var partner in received.PartnerIds)
                {
                    Serves(partner);
                }

                Applied(received.Source, received.Through);
                Apply(received.Consequences);
                break;
            case SmeEffectsForwarded forwarded:
                Applied(forwarded.Source, forwarded.Through);
                break;
            case SmeRecounted recounted:
                Apply(recounted.Consequences);
                break;
            case SmePersonalDataAudited:
                break;
            default:
                throw new InvalidOperationException($"An SME cannot apply {@event.GetType().Name}.");
        }
    }

    private void Apply(SmeConsequences consequences)
    {
        Lists.ExceptWith(consequences.LeftLists);
        Lists.UnionWith(consequences.JoinedLists);
        IndicatorLedger.Apply(Credited, consequences.Credits);
    }

    private void Add(JourneyEntry entry)
    {
        if (Journey.Exists(e => e.Id == entry.Id))
        {
            return;
        }

        Journey.Add(entry);
        if (!string.IsNullOrEmpty(entry.PartnerId))
        {
            Serves(entry.PartnerId);
        }
    }

    private void Serves(string partnerId)
    {
        if (!ServingPartnerIds.Contains(partnerId))
        {
            ServingPartnerIds.Add(partnerId);
        }
    }

    private void Applied(string source, long through)
    {
        if (through > 0)
        {
            AppliedThrough[source] = Math.Max(AppliedThrough.GetValueOrDefault(source), through);
        }
    }
}
