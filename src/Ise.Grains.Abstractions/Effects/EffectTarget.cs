namespace Ise.Effects;

/// <summary>The kind of grain an outbox entry is addressed to.</summary>
[GenerateSerializer]
public enum EffectTarget
{
    Sme = 0,
    EventStatistics = 1,
    Index = 2,
    Cluster = 3,
    ClusterMembers = 4,
    DiagnosticPeerGroup = 10,
    PersonalDataAudit = 11,

    /// <summary>A counter bucket of programme indicators (numbers from 20 are this family).</summary>
    IndicatorBucket = 20,

    /// <summary>The indicator ledger of one SME (what it is credited for).</summary>
    SmeIndicatorLedger = 21,
}
