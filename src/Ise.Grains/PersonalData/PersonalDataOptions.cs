namespace Ise.PersonalData;

/// <summary>The retention rule for contacts (section <c>Ise:PersonalData</c>).</summary>
public sealed class PersonalDataOptions
{
    /// <summary>Contacts of an SME with no engagement (no journey entry) for this long are erased.</summary>
    public TimeSpan ContactRetention { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>How often an SME holding contacts checks the rule (an Orleans reminder; at least a minute).</summary>
    public TimeSpan RetentionCheckPeriod { get; set; } = TimeSpan.FromDays(1);
}
