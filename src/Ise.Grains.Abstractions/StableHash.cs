
namespace Ise;

/// <summary>
/// A hash of a string that is the same in every process and every run (FNV-1a, 32 bits), for
/// routing to buckets. <see cref="string.GetHashCode()"/> is randomised per process and cannot be used.
/// </summary>
public static class StableHash
{
    public static uint Of(string value)
    {
        var hash = 2166136261u;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(buffer);
            for (var i = 0; i < length; i++)
            {
                hash = (hash ^ buffer[i]) * 16777619u;
            }
        }

        return hash;
    }

    public static int Bucket(string value, int buckets) => (int)(Of(value) % (uint)buckets);

}
