namespace Ise.Smes.Rules;

/// <summary>The EU size band of a firm by its staff count.</summary>
public static class SizeBands
{
    public static SizeBand Of(int staffCount) => staffCount switch
    {
        < 10 => SizeBand.Micro,
        < 50 => SizeBand.Small,
        < 250 => SizeBand.Medium,
        _ => SizeBand.Large,
    };
}
