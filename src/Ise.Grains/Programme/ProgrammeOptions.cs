namespace Ise.Programme;

/// <summary>Programme-wide settings (section <c>Ise:Programme</c>).</summary>
public sealed class ProgrammeOptions
{
    /// <summary>EUR per GBP used for eligibility thresholds, fixed by the programme.</summary>
    public decimal GbpToEurRate { get; set; } = 1.17m;

    /// <summary>The programme's first day: no engagement is dated before it (ISE ran from 2017).</summary>
    public DateOnly StartsOn { get; set; } = new(2017, 1, 1);
}
