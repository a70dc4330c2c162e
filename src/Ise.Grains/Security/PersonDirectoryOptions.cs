namespace Ise.Security;

/// <summary>The bound of the people's account directory (section <c>Ise:People</c>, read by the silos).</summary>
public sealed class PersonDirectoryOptions
{
    /// <summary>
    /// The most accounts the directory lists; creating one more is refused (<c>CONFLICT</c>) until the
    /// limit is raised. The programme's staff, organisers, door staff and members are hundreds at most.
    /// </summary>
    public int MaxAccounts { get; set; } = 1_000;
}
