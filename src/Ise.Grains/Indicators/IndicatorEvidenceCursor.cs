using System.Globalization;

namespace Ise.Indicators;

/// <summary>A position in a period's evidence: a counter bucket and a row in it.</summary>
public readonly record struct IndicatorEvidenceCursor(int Bucket, long Row)
{
    public static IndicatorEvidenceCursor Start => new(0, 0);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Bucket}:{Row}");

    public static bool TryParse(string? text, out IndicatorEvidenceCursor cursor)
    {
        cursor = Start;
        var parts = (text ?? "").Split(':');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bucket)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var row) && bucket is >= 0 and <= IseKeys.IndicatorBucketCount)
        {
            cursor = new IndicatorEvidenceCursor(bucket, row);
            return true;
        }

        return false;
    }
}
