using Orleans.Runtime;

namespace Ise.Journal;

/// <summary>
/// Starts the silo's journal writer under a writer id naming this silo incarnation (its address
/// with generation, which is also its first owner: <see cref="IWriterLiveness"/> reads it) before any grain can activate, and stops it only after the grains have been
/// deactivated on shutdown (a lower stage stops later), so their last appends commit first.
/// </summary>
internal sealed class JournalWriterLifecycle(JournalWriter writer, ILocalSiloDetails silo) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        nameof(JournalWriterLifecycle),
        ServiceLifecycleStage.RuntimeStorageServices,
        cancellationToken => writer.StartAsync(silo.SiloAddress.ToParsableString(), silo.SiloAddress.ToParsableString(), cancellationToken),
        _ => writer.StopAsync());
}
