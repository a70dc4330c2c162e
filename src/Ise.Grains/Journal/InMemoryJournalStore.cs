namespace Ise.Journal;

/// <summary>
/// The journal of embedded mode: the same rules as the PostgreSQL store (fenced writers, idempotent
/// appends, stale activations refused per stream, snapshots that never move back), kept in this
/// process. A batch is applied under one lock, so it is all-or-nothing like a transaction.
/// The store takes ownership of the payloads it is given.
/// </summary>
public sealed class InMemoryJournalStore : IJournalStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredStream> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JournalRow>> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WriterRecord> _writers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<long, List<JournalRow>>> _batches = new(StringComparer.Ordinal);

    public Task<WriterLease> RegisterWriterAsync(string writer, string silo, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_writers.ContainsKey(writer))
            {
                throw new InvalidOperationException($"Writer '{writer}' is already registered: a writer id names one silo incarnation.");
            }

            _writers[writer] = new WriterRecord(writer, silo, silo, 1, 0, false);
            return Task.FromResult(new WriterLease(writer, silo, 1));
        }
    }

    public Task<WriterLease?> ClaimWriterAsync(string writer, string deadOwner, string claimer, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_writers.TryGetValue(writer, out var record) || record.Retired || !string.Equals(record.Owner, deadOwner, StringComparison.Ordinal))
            {
                return Task.FromResult<WriterLease?>(null);
            }

            var claimed = record with { Owner = claimer, Epoch = record.Epoch + 1 };
            _writers[writer] = claimed;
            return Task.FromResult<WriterLease?>(new WriterLease(writer, claimer, claimed.Epoch));
        }
    }

    public Task<IReadOnlyList<WriterRecord>> ReadWritersAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<WriterRecord>>([.. _writers.Values.Where(w => !w.Retired).OrderBy(w => w.Writer, StringComparer.Ordinal)]);
        }
    }

    public Task<JournalCommitResult> CommitAsync(JournalBatch batch, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            EnsureLeaseHolds(batch.Lease);
            var conflicted = new HashSet<string>(StringComparer.Ordinal);
            var resubmitted = new HashSet<Guid>();
            foreach (var append in batch.Appends)
            {
                var stored = _streams.GetValueOrDefault(append.Stream);
                foreach (var row in append.Rows)
                {
                    switch (stored?.Classify(row) ?? RowStanding.New)
                    {
                        case RowStanding.Conflicting:
                            conflicted.Add(append.Stream);
                            break;
                        case RowStanding.Resubmitted:
                            resubmitted.Add(row.EventId);
                            break;
                    }
                }
            }

            var inserted = new List<JournalRow>();
            foreach (var append in batch.Appends.Where(a => !conflicted.Contains(a.Stream)))
            {
                if (!_streams.TryGetValue(append.Stream, out var stored))
                {
                    _streams[append.Stream] = stored = new StoredStream();
                }

                foreach (var row in append.Rows.Where(stored.Add))
                {
                    inserted.Add(row);
                    if (row.Subject is { } subject)
                    {
                        Add(_subjects, subject, row);
                    }
                }

                stored.Keep(append.Snapshot);
            }

            if (inserted.Count > 0)
            {
                if (!_batches.TryGetValue(batch.Lease.Writer, out var batches))
                {
                    _batches[batch.Lease.Writer] = batches = [];
                }

                batches[batch.Number] = inserted;
            }

            return Task.FromResult(new JournalCommitResult(conflicted, inserted.Count, resubmitted));
        }
    }

    public Task<JournalStream> ReadStreamAsync(string stream, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_streams.TryGetValue(stream, out var stored)
                ? stored.Read(stream)
                : new JournalStream(stream, null, []));
        }
    }

    public Task<IReadOnlyList<JournalRow>> ReadSubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<JournalRow>>(_subjects.TryGetValue(subject, out var rows)
                ? [.. rows.OrderBy(r => r.At).ThenBy(r => r.Stream, StringComparer.Ordinal).ThenBy(r => r.Version)]
                : []);
        }
    }

    public Task<IReadOnlyList<JournalBatchRows>> ReadBatchesAsync(string writer, long afterBatch, int maxBatches, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<JournalBatchRows>>(_batches.TryGetValue(writer, out var batches)
                ? [.. batches.Where(b => b.Key > afterBatch).Take(maxBatches).Select(b => new JournalBatchRows(b.Key, Ordered(b.Value)))]
                : []);
        }
    }

    /// <summary>A commit here is atomic and answered: a batch is stored when any of its rows is.</summary>
    public Task<BatchOutcome> FindOutcomeAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_batches.TryGetValue(lease.Writer, out var batches) && batches.ContainsKey(batch)
                ? BatchOutcome.Committed
                : BatchOutcome.NotCommitted);
        }
    }

    public Task MarkDeliveredAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var record = EnsureLeaseHolds(lease);
            _writers[lease.Writer] = record with { Delivered = Math.Max(record.Delivered, batch) };
            return Task.CompletedTask;
        }
    }

    public Task RetireWriterAsync(WriterLease lease, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var record = EnsureLeaseHolds(lease);
            _writers[lease.Writer] = record with { Retired = true };
            return Task.CompletedTask;
        }
    }

    private WriterRecord EnsureLeaseHolds(WriterLease lease)
    {
        if (_writers.TryGetValue(lease.Writer, out var record) && !record.Retired && record.Epoch == lease.Epoch)
        {
            return record;
        }

        throw JournalLeases.Fenced(lease);
    }

    private static List<JournalRow> Ordered(List<JournalRow> rows) =>
        [.. rows.OrderBy(r => r.Stream, StringComparer.Ordinal).ThenBy(r => r.Version)];

    private static void Add(Dictionary<string, List<JournalRow>> lists, string key, JournalRow row)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(row);
    }

    private enum RowStanding
    {
        New,
        Resubmitted,
        Conflicting,
    }

    /// <summary>One stream's rows by version, which versions its event ids hold, and its snapshot.</summary>
    private sealed class StoredStream
    {
        private readonly SortedList<long, JournalRow> _rows = [];
        private readonly Dictionary<Guid, long> _versionOfEvent = [];
        private JournalSnapshot? _snapshot;

        public RowStanding Classify(JournalRow row)
        {
            if (_rows.TryGetValue(row.Version, out var existing))
            {
                return existing.EventId == row.EventId ? RowStanding.Resubmitted : RowStanding.Conflicting;
            }

            return _versionOfEvent.ContainsKey(row.EventId) ? RowStanding.Conflicting : RowStanding.New;
        }

        /// <summary>Stores a row that is new; false for a resubmitted one.</summary>
        public bool Add(JournalRow row)
        {
            if (_rows.ContainsKey(row.Version))
            {
                return false;
            }

            _rows.Add(row.Version, row);
            _versionOfEvent[row.EventId] = row.Version;
            return true;
        }

        public void Keep(JournalSnapshot? snapshot)
        {
            if (snapshot is not null && (_snapshot is null || _snapshot.Version < snapshot.Version))
            {
                _snapshot = snapshot;
            }
        }

        public JournalStream Read(string stream)
        {
            var after = _snapshot?.Version ?? 0;
            return new JournalStream(stream, _snapshot, [.. _rows.Values.Where(r => r.Version > after)]);
        }
    }
}
