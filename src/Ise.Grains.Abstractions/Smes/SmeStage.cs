namespace Ise.Smes;

/// <summary>How far an SME has come with the programme; higher values outrank lower ones.</summary>
[GenerateSerializer]
public enum SmeStage
{
    Aware = 0,
    Engaged = 1,
    Assessed = 2,
    Internationalising = 3,
    ClusterMember = 4,
}
