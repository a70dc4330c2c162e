using Ise.Clusters;
using Ise.Connections;
using Ise.Events;
using Ise.Hosting;
using Ise.Indicators;
using Ise.Hosting.Health;
using Ise.Indexes;
using Ise.PersonalData;
using Ise.Smes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ise.Journal;

/// <summary>
/// The journal of a silo: its store (in memory, or PostgreSQL in cluster mode), its one writer, and
/// the dispatcher that delivers the effects of what the writer commits; and the rows of the index
/// lists, kept in the same place.
/// </summary>
public static class JournalSiloExtensions
{
    /// <summary>The in-memory journal and index lists, as embedded mode and grain tests use them.</summary>
    public static ISiloBuilder AddIseInMemoryJournal(this ISiloBuilder silo) =>
        silo.AddIseJournal(_ => new InMemoryJournalStore())
            .ConfigureServices(services => services.TryAddSingleton<IIndexMemberStore, InMemoryIndexMemberStore>());

    /// <summary>The journal in the PostgreSQL database of cluster mode (migration 0005) and the index lists' rows (0007), with the move of stored whole states into them.</summary>
    public static ISiloBuilder AddIsePostgresJournal(this ISiloBuilder silo, string connectionString) =>
        silo.AddIseJournal(services =>
        {
            var pools = services.GetRequiredService<JournalDataSource>();
            return new PostgresJournalStore(pools.Value, pools.Commits);
        }).ConfigureServices(services =>
        {
            services.TryAddSingleton(provider => JournalDataSource.Create(
                connectionString, provider.GetRequiredService<IOptions<JournalWriterOptions>>().Value.MaxConnections));
            services.AddSingleton<ILegacyStateConverter, AttendanceBucketLegacyConverter>();
            services.AddSingleton<ILegacyStateConverter, SmeIndicatorLedgerLegacyConverter>();
            services.AddSingleton<ILegacyStateConverter, ConnectionLegacyConverter>();
            services.AddSingleton<ILegacyStateConverter, EventLegacyConverter>();
            services.AddSingleton<ILegacyStateConverter, ClusterMembersLegacyConverter>();
            services.AddSingleton<ILegacyStateConverter, ClusterLegacyConverter>();
            services.AddSingleton<ILegacyStateConverter, IndicatorBucketLegacyConverter>();
            services.AddSingleton<ILegacyStateConverter, PersonalDataAuditLegacyConverter>();
            services.TryAddSingleton<IIndexMemberStore>(provider => new PostgresIndexMemberStore(provider.GetRequiredService<JournalDataSource>().Value));
            services.AddSingleton<ILegacyStateMove, IndexBucketLegacyMove>();

            // In this order: an SME's first event gives its ledger the latest inputs, so the ledger's own rows come first.
            services.AddSingleton<ILegacyStateMove, SmeIndicatorsLegacyMove>();
            services.AddSingleton<ILegacyStateMove>(provider =>
                new JournalAppendMove(ActivatorUtilities.CreateInstance<SmeLegacyConverter>(provider), provider.GetRequiredService<JournalWriter>()));
            services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, LegacyStateMigration>();
        });

    private static ISiloBuilder AddIseJournal(this ISiloBuilder silo, Func<IServiceProvider, IJournalStore> store)
    {
        silo.Services.AddMetrics();
        silo.Services.AddOptions<JournalWriterOptions>().BindConfiguration($"{IseKeys.ConfigurationSection}:Journal");
        silo.Services.AddOptions<EffectDispatcherOptions>().BindConfiguration($"{IseKeys.ConfigurationSection}:Journal:Dispatch");
        silo.Services.TryAddSingleton(store);
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<JournalEventDecoder>();
        silo.Services.TryAddSingleton<JourneyFromJournal>();
        silo.Services.TryAddSingleton<IWriterLiveness, MembershipWriterLiveness>();
        silo.Services.TryAddSingleton<EffectDispatcher>();
        silo.Services.TryAddSingleton<ICommittedBatches>(services => services.GetRequiredService<EffectDispatcher>());
        silo.Services.TryAddSingleton<JournalWriter>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, JournalWriterLifecycle>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, EffectDispatcherLifecycle>();
        silo.Services.AddHealthChecks().AddCheck<JournalHealthCheck>("journal", tags: [IseHealthCheckExtensions.ReadyTag]);
        silo.AddCustomStorageBasedLogConsistencyProvider(IseKeys.JournalProviderName);
        return silo;
    }
}
