namespace Ise.Gateway.Security;

/// <summary>Embedded mode only: creates the <see cref="DevelopmentPeople"/> accounts once the silo runs.</summary>
public sealed class DevelopmentPeopleSeeder(PersonAccounts accounts) : BackgroundService
{
    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once every development account exists.</summary>
    public Task Seeded => _seeded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var person in DevelopmentPeople.All)
            {
                await accounts.CreateDevelopmentAsync(person);
            }

            _seeded.TrySetResult();
        }
        catch (Exception ex)
        {
            _seeded.TrySetException(ex);
            throw;
        }
    }
}
