namespace Ise.Programme;

/// <summary>The four countries of the 2 Seas programme area, by ISO 3166-1 alpha-2 code.</summary>
[GenerateSerializer]
public enum Country
{
    GB = 0,
    FR = 1,
    BE = 2,
    NL = 3,
}
