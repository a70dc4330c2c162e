namespace Ise.Grains.Tests.Journal;

/// <summary>The state of a tally grain, changed only by applying its events.</summary>
[GenerateSerializer]
public sealed class TallyState
{
    [Id(0)]
    public int Total { get; set; }

    [Id(1)]
    public int Additions { get; set; }

    public void Apply(TallyAdded added)
    {
        Total += added.Amount;
        Additions++;
    }
}
