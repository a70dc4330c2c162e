namespace Ise.Smes;

/// <summary>Size band by staff count (EU definition): micro &lt; 10, small &lt; 50, medium &lt; 250.</summary>
[GenerateSerializer]
public enum SizeBand
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
}
