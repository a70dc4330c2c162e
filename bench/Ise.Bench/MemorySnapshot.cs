using System.Diagnostics;
namespace Ise.Bench;

/// <summary>The process's managed heap after a full, compacting collection, and its working set.</summary>
public sealed record MemorySnapshot(long HeapBytes, long WorkingSetBytes)
{
    public static MemorySnapshot Take()
    {
        for (var i = 0; i < 2; i++)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }

    /// <summary>Bytes per item of the growth from <paramref name="before"/> to this snapshot.</summary>
    public (double Heap, double WorkingSet) PerItemSince(MemorySnapshot before, int items) =>
        ((HeapBytes - before.HeapBytes) / (double)items, (WorkingSetBytes - before.WorkingSetBytes) / (double)items);
}
