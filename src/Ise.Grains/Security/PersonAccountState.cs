namespace Ise.Security;

[GenerateSerializer, Alias("ise.person-account-state")]
public sealed class PersonAccountState
{
    /// <summary>The account without its secrets; null until created.</summary>
    [Id(0)]
    public PersonAccountView? Account { get; set; }

    [Id(1)]
    public string PasswordHash { get; set; } = "";

    /// <summary>Random, replaced by every change that must end open sessions.</summary>
    [Id(2)]
    public string SecurityStamp { get; set; } = "";
}
