using System.Diagnostics.Metrics;

namespace Ise.Journal;

/// <summary>
/// The writer's counters: rows and payload bytes committed and transactions made, as metrics
/// (meter <see cref="MeterName"/>) and as totals the benchmark reads directly.
/// </summary>
internal sealed class JournalWriterMetrics
{
    public const string MeterName = "Ise.Journal";

    private readonly Counter<long> _rows;
    private readonly Counter<long> _bytes;
    private readonly Counter<long> _transactions;
    private long _totalRows;
    private long _totalBytes;
    private long _totalTransactions;

    public JournalWriterMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rows = meter.CreateCounter<long>("ise.journal.rows", "{row}", "Journal rows committed");
        _bytes = meter.CreateCounter<long>("ise.journal.bytes", "By", "Event and snapshot payload bytes committed");
        _transactions = meter.CreateCounter<long>("ise.journal.transactions", "{transaction}", "Journal transactions committed");
    }

    public JournalWriterTotals Totals => new(Interlocked.Read(ref _totalRows), Interlocked.Read(ref _totalBytes), Interlocked.Read(ref _totalTransactions));

    public void Committed(int rows, long bytes)
    {
        Interlocked.Add(ref _totalRows, rows);
        Interlocked.Add(ref _totalBytes, bytes);
        Interlocked.Increment(ref _totalTransactions);
        _rows.Add(rows);
        _bytes.Add(bytes);
        _transactions.Add(1);
    }
}
