namespace Ise.Security;

[GenerateSerializer, Alias("ise.person-directory-state")]
public sealed class PersonDirectoryState
{
    /// <summary>Normalised emails in the order they were added; one per person who signs in (tens to hundreds).</summary>
    [Id(0)]
    public List<string> Emails { get; set; } = [];
}
