using Ise.Errors;
using Ise.Hosting;
using Ise.Programme;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ise.Imports;

/// <summary>
/// Runs one CSV import. <see cref="StartAsync"/> marks duplicates (a row naming what an earlier row
/// named), stores the rows in chunk grains and returns; a grain timer then applies the rows turn by
/// turn through the SME and event grains (awaited calls down), and writes the progress and report
/// after each turn, so a reader sees <c>done</c> grow between turns. Rows whose order matters
/// (attendance) go one chunk per turn, row by row; independent rows (an SME list) go
/// <see cref="IndependentChunksPerTurn"/> chunks per turn, all at once, reported in line order. After
/// a crash the job resumes at its first unapplied chunk when it is next activated; rows applied
/// before the crash then report unchanged, since every row is idempotent.
///
/// While storage fails (a row refused <see cref="IseErrorCode.Unavailable"/>, the job's own write or a
/// chunk's read failing) a turn reports nothing and is tried again every <see cref="RetryTurnAfter"/>:
/// the job waits for the database and goes on by itself, and no row is reported rejected because
/// PostgreSQL was away. Rows the postponed turn did settle keep their outcome for the retry (a
/// registration it made stays "accepted"); after a failed write of the job the stored progress is read
/// again first.
///
/// The chunks a turn applied are cleared after the turn's progress is stored. A clear that fails (the
/// database away) is tried again with the next turn and, once the job is complete, every
/// <see cref="RetryTurnAfter"/> until every chunk is cleared; only then is the job done, which it
/// stores. A reminder (<see cref="ReminderName"/>), registered before the rows are stored and dropped
/// when the job is done, brings the job back after its silo stopped, to go on applying or clearing.
/// </summary>
public sealed partial class ImportJobGrain(
    [PersistentState("import-job", IseKeys.StorageName)] IPersistentState<ImportJobState> state,
    TimeProvider time,
    IOptions<ProgrammeOptions> programme,
    ILogger<ImportJobGrain> logger) : Grain, IImportJobGrain, IRemindable
{
    /// <summary>The reminder that keeps a job with work left coming back (applying rows, clearing chunks).</summary>
    public const string ReminderName = "import-job";

    /// <summary>Accepted or unchanged rows listed in the report (all are counted).</summary>
    public const int MaxListedRows = 100;

    /// <summary>Rejected rows listed in the report with their reasons (all are counted).</summary>
    public const int MaxListedRejectedRows = 200;

    /// <summary>The most rows one job takes.</summary>
    public const int MaxRows = 100_000;

    /// <summary>How many chunks of independent rows one turn applies at once (rows of an SME list register concurrently).</summary>
    public const int IndependentChunksPerTurn = 4;

    /// <summary>How long a turn that met a storage outage waits before it is tried again.</summary>
    public static readonly TimeSpan RetryTurnAfter = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan s_turnInterval = TimeSpan.FromMilliseconds(5);

    private static readonly TimeSpan s_reminderPeriod = TimeSpan.FromMinutes(1);

    /// <summary>Outcomes of rows applied by a turn whose progress is not stored yet, by line.</summary>
    private readonly Dictionary<int, ImportRowResult> _settled = [];

    private IGrainTimer? _timer;
    private bool _rereadBeforeNextTurn;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.HasWorkLeft)
        {
            StartTimer();
        }

        return Task.CompletedTask;
    }

    /// <summary>Activation started the timer if work is left; a job that is done drops its reminder.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == ReminderName && !state.State.HasWorkLeft ? this.DropReminderAsync(ReminderName) : Task.CompletedTask;

    public async Task<ImportJobView> StartAsync(ImportJobRequest request, IReadOnlyList<ImportRow> rows)
    {
        if (state.State.Request is not null)
        {
            return View();
        }

        if (rows.Count is 0 or > MaxRows)
        {
            throw IseException.Invalid("file", $"An import takes 1 to {MaxRows:N0} rows; this file has {rows.Count:N0}.");
        }

        if (request.Kind == ImportKind.Attendance && string.IsNullOrEmpty(request.EventId))
        {
            throw IseException.Invalid("eventId", "An attendance import names its event.");
        }

        var marked = MarkDuplicates(rows, Importer(request));
        var chunks = marked.Chunk(IseKeys.ImportChunkSize).ToList();
        await this.RegisterOrUpdateReminder(ReminderName, s_reminderPeriod, s_reminderPeriod);
        for (var i = 0; i < chunks.Count; i++)
        {
            await GrainFactory.GetGrain<IImportChunkGrain>(IseKeys.ImportChunk(Id, i)).StoreAsync(chunks[i]);
        }

        state.State = new ImportJobState
        {
            Request = request,
            Status = ImportJobStatus.Running,
            Total = rows.Count,
            ChunkCount = chunks.Count,
            StartedAt = time.GetUtcNow(),
        };
        await state.WriteStateAsync();
        LogStarted(logger, Id, request.Kind, rows.Count, request.Owner);
        StartTimer();
        return View();
    }

    public Task<ImportJobView?> FindAsync() => Task.FromResult(state.State.Request is null ? null : View());

    /// <summary>Rows naming what an earlier row named get the line of that first row.</summary>
    internal static List<ImportRow> MarkDuplicates(IReadOnlyList<ImportRow> rows, IRowImporter importer)
    {
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var marked = new List<ImportRow>(rows.Count);
        foreach (var row in rows)
        {
            var key = importer.Key(row);
            if (key is not null && !firstLines.TryAdd(key, row.Line))
            {
                marked.Add(row with { DuplicateOfLine = firstLines[key] });
            }
            else
            {
                marked.Add(row);
            }
        }

        return marked;
    }

    private IRowImporter Importer(ImportJobRequest request) => request.Kind switch
    {
        ImportKind.Smes => new SmeRowImporter(GrainFactory, request.ActingPartnerId),
        ImportKind.HistoryEvents => new HistoryEventRowImporter(GrainFactory, request.ActingPartnerId, time.GetUtcNow(), programme.Value.StartsOn),
        ImportKind.HistoryDiagnostics => new HistoryDiagnosticRowImporter(GrainFactory, request.ActingPartnerId, request.RecordedBy ?? request.Owner),
        _ => new AttendanceRowImporter(GrainFactory, request.EventId!, request.RecordedBy ?? request.Owner),
    };

    private void StartTimer() =>
        _timer ??= this.RegisterGrainTimer(ApplyNextChunkAsync, new GrainTimerCreationOptions(s_turnInterval, s_turnInterval) { KeepAlive = true });

    private async Task ApplyNextChunkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ApplyTurnAsync(cancellationToken);
        }
        catch (Exception failure) when (IsStorageOutage(failure))
        {
            LogTurnPostponed(logger, Id, state.State.NextChunk, failure.GetBaseException().Message);
            _timer?.Change(RetryTurnAfter, s_turnInterval);
        }
        catch (ChunkClearFailedException failure)
        {
            LogClearPostponed(logger, Id, state.State.ClearedChunks, state.State.NextChunk, failure.InnerException!.GetBaseException().Message);
            _timer?.Change(RetryTurnAfter, s_turnInterval);
        }
    }

    private async Task ApplyTurnAsync(CancellationToken cancellationToken)
    {
        if (_rereadBeforeNextTurn)
        {
            await state.ReadStateAsync(cancellationToken);
            _rereadBeforeNextTurn = false;
        }

        var job = state.State;
        if (job.Status != ImportJobStatus.Running || job.Request is null)
        {
            await FinishAsync();
            return;
        }

        var importer = Importer(job.Request);
        var chunkCount = Math.Min(importer.RowsAreIndependent ? IndependentChunksPerTurn : 1, job.ChunkCount - job.NextChunk);
        var chunks = Enumerable.Range(job.NextChunk, chunkCount).Select(i => GrainFactory.GetGrain<IImportChunkGrain>(IseKeys.ImportChunk(Id, i))).ToList();
        var rows = (await Task.WhenAll(chunks.Select(c => c.GetAsync()))).SelectMany(r => r).ToList();
        if (importer.RowsAreIndependent)
        {
            await Task.WhenAll(rows.Select(row => SettleAsync(importer, row)));
        }
        else
        {
            foreach (var row in rows)
            {
                await SettleAsync(importer, row);
            }
        }

        foreach (var row in rows)
        {
            Record(_settled[row.Line]);
        }

        job.Done += rows.Count;
        job.NextChunk += chunkCount;
        if (job.NextChunk >= job.ChunkCount)
        {
            job.Status = ImportJobStatus.Completed;
            job.Done = job.Total;
            job.FinishedAt = time.GetUtcNow();
        }

        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            // Memory is now ahead of storage (and the stored version may have moved): read it again before going on.
            _rereadBeforeNextTurn = true;
            throw;
        }

        _settled.Clear();
        if (job.Status == ImportJobStatus.Completed)
        {
            LogCompleted(logger, Id, job.Accepted, job.Unchanged, job.Rejected);
            await FinishAsync();
        }
        else
        {
            await ClearAppliedChunksAsync();
        }
    }

    /// <summary>A completed job (or one never started) clears what is left, stores that it is done, and stops coming back.</summary>
    private async Task FinishAsync()
    {
        if (state.State.Request is not null && state.State.ClearedChunks < state.State.ChunkCount)
        {
            await ClearAppliedChunksAsync();
            await state.WriteStateAsync();
            LogChunksCleared(logger, Id, state.State.ChunkCount);
        }

        StopTimer();
        await this.DropReminderAsync(ReminderName);
    }

    /// <summary>Clears the chunks applied and not yet known cleared; a failure leaves them for the next try.</summary>
    private async Task ClearAppliedChunksAsync()
    {
        var job = state.State;
        try
        {
            await Task.WhenAll(Enumerable.Range(job.ClearedChunks, job.NextChunk - job.ClearedChunks)
                .Select(i => GrainFactory.GetGrain<IImportChunkGrain>(IseKeys.ImportChunk(Id, i)).ClearAsync()));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            throw new ChunkClearFailedException(failure);
        }

        job.ClearedChunks = job.NextChunk;
    }

    /// <summary>Applies a row unless an earlier try of this turn settled it; a storage outage leaves it unsettled and fails the turn.</summary>
    private async Task SettleAsync(IRowImporter importer, ImportRow row)
    {
        if (!_settled.ContainsKey(row.Line))
        {
            _settled[row.Line] = await ApplyRowAsync(importer, row);
        }
    }

    private static bool IsStorageOutage(Exception failure) =>
        failure is IseException { Code: IseErrorCode.Unavailable } || StorageOutage.Caused(failure);

    private Task<ImportRowResult> ApplyRowAsync(IRowImporter importer, ImportRow row) =>
        row.DuplicateOfLine is { } first
            ? Task.FromResult(new ImportRowResult(row.Line, ImportRowOutcome.Rejected, importer.Key(row), $"duplicate of line {first}"))
            : ApplySafelyAsync(importer, row);

    private async Task<ImportRowResult> ApplySafelyAsync(IRowImporter importer, ImportRow row)
    {
        try
        {
            return await importer.ApplyAsync(row);
        }
        catch (Exception error) when (error is not OperationCanceledException && !IsStorageOutage(error))
        {
            LogRowFailed(logger, error, Id, row.Line);
            return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, null, "could not be applied (an internal error); running the file again is safe");
        }
    }

    private void Record(ImportRowResult result)
    {
        var job = state.State;
        switch (result.Outcome)
        {
            case ImportRowOutcome.Accepted:
                job.Accepted++;
                break;
            case ImportRowOutcome.Unchanged:
                job.Unchanged++;
                break;
            default:
                job.Rejected++;
                break;
        }

        var list = result.Outcome == ImportRowOutcome.Rejected ? job.RejectedRows : job.Rows;
        if (list.Count < (result.Outcome == ImportRowOutcome.Rejected ? MaxListedRejectedRows : MaxListedRows))
        {
            list.Add(ReportText.Bound(result));
        }
    }

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private ImportJobView View()
    {
        var job = state.State;
        return new ImportJobView(Id, job.Request!, job.Status, job.Total, job.Done, job.Accepted, job.Unchanged, job.Rejected,
            [.. job.Rows], [.. job.RejectedRows], job.StartedAt, job.FinishedAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {JobId} started: {Kind}, {Rows} rows, by {Owner}")]
    private static partial void LogStarted(ILogger logger, string jobId, ImportKind kind, int rows, string owner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {JobId} completed: {Accepted} accepted, {Unchanged} unchanged, {Rejected} rejected")]
    private static partial void LogCompleted(ILogger logger, string jobId, int accepted, int unchanged, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {JobId}: the turn at chunk {Chunk} waits for storage ({Problem}); it is tried again shortly")]
    private static partial void LogTurnPostponed(ILogger logger, string jobId, int chunk, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {JobId}: clearing chunks {From} to {To} failed ({Problem}); it is tried again shortly")]
    private static partial void LogClearPostponed(ILogger logger, string jobId, int from, int to, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {JobId}: its {Chunks} chunks are cleared")]
    private static partial void LogChunksCleared(ILogger logger, string jobId, int chunks);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {JobId}: line {Line} failed")]
    private static partial void LogRowFailed(ILogger logger, Exception error, string jobId, int line);
}
