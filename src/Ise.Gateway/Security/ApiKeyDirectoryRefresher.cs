using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// Keeps <see cref="ApiKeyStore"/> in step with the key directory: reads it every
/// <see cref="ApiKeyDirectoryOptions.RefreshSeconds"/> (the grain answers with the keys only when its
/// version moved), and at once after a change made through this gateway. A failed read keeps the
/// last snapshot and is retried on the next tick.
/// </summary>
public sealed class ApiKeyDirectoryRefresher(
    IGrainFactory grains, ApiKeyStore store, ApiKeyDirectoryOptions options, TimeProvider time, ILogger<ApiKeyDirectoryRefresher> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public TimeSpan Period => TimeSpan.FromSeconds(options.RefreshSeconds);

    /// <summary>When the directory was last read successfully; null until the first read.</summary>
    public DateTimeOffset? LastReadAt { get; private set; }

    /// <summary>Reads the directory now; refreshes never overlap, so an older snapshot never replaces a newer one.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var snapshot = await grains.GetGrain<IApiKeyDirectoryGrain>(IseKeys.ApiKeyDirectory).GetSnapshotAsync(store.DirectoryVersion);
            if (snapshot is not null)
            {
                store.Apply(snapshot);
            }

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
    }

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
                    logger.LogWarning(e, "Could not read the API key directory; keeping version {Version}, trying again in {Period}", store.DirectoryVersion, Period);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
