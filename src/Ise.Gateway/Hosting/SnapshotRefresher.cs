namespace Ise.Gateway.Hosting;

/// <summary>
/// Keeps a gateway's copy of a directory grain in step: reads it every <see cref="Period"/> (the grain
/// answers with its contents only when its version moved), and at once after a change made through this
/// gateway. A failed read keeps the last snapshot and is retried on the next tick.
/// </summary>
public abstract class SnapshotRefresher(TimeSpan period, TimeProvider time, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public TimeSpan Period => period;

    /// <summary>When the directory was last read successfully; null until the first read.</summary>
    public DateTimeOffset? LastReadAt { get; private set; }

    /// <summary>What is read, for the log: "the API key directory".</summary>
    protected abstract string Source { get; }

    /// <summary>The version of the snapshot held, for the log.</summary>
    protected abstract long Version { get; }

    /// <summary>Reads the directory now; refreshes never overlap, so an older snapshot never replaces a newer one.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            await ReadAsync();
            LastReadAt = time.GetUtcNow();
        }
        finally
        {
            _one.Release();
        }
    }

    public override void Dispose()
    {
        _one.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Asks the grain for what changed since <see cref="Version"/> and applies it.</summary>
    protected abstract Task ReadAsync();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            do
            {
                try
                {
                    await RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not read {Source}; keeping version {Version}, trying again in {Period}", Source, Version, Period);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
