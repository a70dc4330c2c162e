using System.Text.Json.Serialization;

namespace Ise.Effects;

/// <summary>
/// Something one grain must cause in another: recorded in the sender's outbox in the same write
/// that acknowledges the change, delivered at least once, and applied once by the receiver.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.effect")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$effect")]
[JsonDerivedType(typeof(JourneyEffect), "journey")]
[JsonDerivedType(typeof(JourneyTransferEffect), "journey-transfer")]
[JsonDerivedType(typeof(AttendanceChangedEffect), "attendance")]
[JsonDerivedType(typeof(FeedbackGivenEffect), "feedback")]
[JsonDerivedType(typeof(IndexMembershipEffect), "index")]
[JsonDerivedType(typeof(ClusterMembershipEffect), "cluster-membership")]
[JsonDerivedType(typeof(ClusterFeedEffect), "cluster-feed")]
[JsonDerivedType(typeof(ConnectionMadeEffect), "connection-made")]
[JsonDerivedType(typeof(DiagnosticPeerEffect), "diagnostic-peer")]
[JsonDerivedType(typeof(PersonalDataAuditEffect), "personal-data-audit")]
[JsonDerivedType(typeof(IndicatorCreditsEffect), "indicator-credits")]
[JsonDerivedType(typeof(IndicatorInputsEffect), "indicator-inputs")]
[JsonDerivedType(typeof(IndicatorLedgerAdoptionEffect), "indicator-ledger-adoption")]
public abstract record Effect;
