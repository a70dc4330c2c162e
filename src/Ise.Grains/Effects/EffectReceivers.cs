using Ise.Clusters;
using Ise.Diagnostics;
using Ise.Events;
using Ise.Indexes;
using Ise.PersonalData;
using Ise.Indicators;
using Ise.Smes;

namespace Ise.Effects;

/// <summary>Resolves the grain an outbox entry is addressed to.</summary>
public static class EffectReceivers
{
    public static IEffectReceiver Resolve(IGrainFactory grains, EffectTarget target, string key) => target switch
    {
        EffectTarget.Sme => grains.GetGrain<ISmeGrain>(key),
        EffectTarget.EventStatistics => grains.GetGrain<IEventStatisticsGrain>(key),
        EffectTarget.Index => grains.GetGrain<IIndexGrain>(key),
        EffectTarget.Cluster => grains.GetGrain<IClusterGrain>(key),
        EffectTarget.ClusterMembers => grains.GetGrain<IClusterMembersGrain>(key),
        EffectTarget.DiagnosticPeerGroup => grains.GetGrain<IDiagnosticPeerGroupGrain>(key),
        EffectTarget.PersonalDataAudit => grains.GetGrain<IPersonalDataAuditGrain>(key),
        EffectTarget.IndicatorBucket => grains.GetGrain<IIndicatorBucketGrain>(key),
        EffectTarget.SmeIndicatorLedger => grains.GetGrain<ISmeIndicatorLedgerGrain>(key),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown effect target"),
    };
}
