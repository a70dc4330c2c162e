using Orleans.Storage;

namespace Ise.Bench;

/// <summary>
/// The platform's grain-state serializer, counting the bytes it produces: what the grains hand to
/// storage, independent of PostgreSQL's page and WAL effects.
/// </summary>
public sealed class CountingStorageSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    private static long s_bytes;

    public static long BytesSerialized => Interlocked.Read(ref s_bytes);

    public BinaryData Serialize<T>(T? input)
    {
        var data = inner.Serialize(input);
        Interlocked.Add(ref s_bytes, data.ToMemory().Length);
        return data;
    }

    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
