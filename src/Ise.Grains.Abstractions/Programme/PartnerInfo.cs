namespace Ise.Programme;

/// <summary>A partner organisation that delivers the programme (the programme has seven; see <see cref="ProgrammeCatalog.Partners"/>).</summary>
[GenerateSerializer, Immutable, Alias("ise.partner-info")]
public sealed record PartnerInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] Region Region,
    [property: Id(3)] bool IsLeadPartner);
