namespace Ise.Journal;

/// <summary>
/// Starts the silo's effect dispatcher once the silo is active (deliveries are grain calls), and
/// stops it first on shutdown, while the receivers are still there: it delivers what is committed
/// for a few seconds and stores the cursors; the silo that takes this writer over delivers the rest.
/// </summary>
internal sealed class EffectDispatcherLifecycle(EffectDispatcher dispatcher, JournalWriter writer) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        nameof(EffectDispatcherLifecycle),
        ServiceLifecycleStage.Active,
        _ => dispatcher.StartAsync(writer.Lease.Writer),
        _ => dispatcher.StopAsync());
}
