namespace Ise.Security;

[GenerateSerializer, Alias("ise.data-protection-key-ring-state")]
public sealed class DataProtectionKeyRingState
{
    /// <summary>Key elements by friendly name, as XML text: one new key every 90 days.</summary>
    [Id(0)]
    public Dictionary<string, string> Elements { get; set; } = [];
}
