namespace Ise.Programme;

/// <summary>The kinds of support the programme delivers.</summary>
[GenerateSerializer]
public enum ActivityKind
{
    TasterSession = 0,
    SectorWorkshop = 1,
    CrossBorderEvent = 2,
    MajorInnovationEvent = 3,
    DiagnosticAssessment = 4,
    ClusterMembership = 5,
}
