using Ise.Budgets;
using Ise.Diagnostics;
using Ise.Hosting.Health;
using Ise.Journal;
using Ise.PersonalData;
using Ise.Programme;
using Ise.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Dashboard;
using Orleans.Storage;

namespace Ise.Hosting;

/// <summary>Configures a process to host an ISE silo, in embedded or cluster mode (<c>Ise:Mode</c>).</summary>
public static class IseSiloHostingExtensions
{
    public static IHostApplicationBuilder AddIseSilo(this IHostApplicationBuilder builder) =>
        builder.AddIseSilo(IseOptions.From(builder.Configuration));

    /// <summary>The silo of <paramref name="options"/> with its health checks, as the silo host runs it.</summary>
    public static IHostApplicationBuilder AddIseSilo(this IHostApplicationBuilder builder, IseOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.UseOrleans(silo => silo.ConfigureIseSilo(options));
        builder.Services.AddIseHealthChecks(options);
        return builder;
    }

    /// <summary>Clustering, storage and reminders for the configured mode, plus the grains' own services.</summary>
    public static ISiloBuilder ConfigureIseSilo(this ISiloBuilder silo, IseOptions options)
    {
        var endpoints = options.Orleans;
        silo.AddIseGrainServices();
        silo.AddActivityPropagation();

        // Every silo feeds the operators' dashboard, which the gateway serves to the secretariat only.
        // Live log streaming stays off: logs can name SMEs.
        silo.AddDashboard(dashboard => dashboard.HideTrace = true);
        if (options.Mode == IseMode.Embedded)
        {
            silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort, null, endpoints.ServiceId, endpoints.ClusterId);
            silo.Services.AddKeyedSingleton<IGrainStorage>(IseKeys.StorageName, (services, _) => ActivatorUtilities.CreateInstance<InProcessGrainStorage>(services));
            silo.UseInMemoryReminderService();
            silo.AddIseInMemoryJournal();
            return silo;
        }

        var connectionString = options.Postgres.PooledConnectionString();
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = endpoints.ClusterId;
            cluster.ServiceId = endpoints.ServiceId;
        });
        silo.ConfigureEndpoints(endpoints.ResolveAdvertisedAddress(), endpoints.SiloPort, endpoints.GatewayPort, endpoints.ListenOnAllInterfaces);
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = IseKeys.PostgresInvariant;
            o.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(IseKeys.StorageName, o =>
        {
            o.Invariant = IseKeys.PostgresInvariant;
            o.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = IseKeys.PostgresInvariant;
            o.ConnectionString = connectionString;
        });
        silo.AddIsePostgresJournal(connectionString);
        silo.AddIncomingGrainCallFilter<StorageOutageCallFilter>();
        silo.AddOutgoingGrainCallFilter<StorageOutageCallFilter>();
        silo.Services.AddIseStorageExceptionSerialization();
        silo.Configure<ClusterMembershipOptions>(ClusterMembershipTuning.Apply);
        return silo;
    }

    /// <summary>
    /// What every silo needs whatever its storage: grain state is stored as System.Text.Json (chosen
    /// once, before any data existed: the default serializer embeds .NET type names in every row).
    /// </summary>
    public static ISiloBuilder AddIseGrainServices(this ISiloBuilder silo)
    {
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => o.JsonSerializerOptions.Converters.Add(new ProgrammeVocabularyStrings()));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<BudgetClock>();
        // Read and checked here, so a malformed questionnaire or guide stops the silo at start.
        silo.Services.TryAddSingleton(DiagnosticCatalog.Embedded);
        silo.Services.AddOptions<ProgrammeOptions>().BindConfiguration($"{IseKeys.ConfigurationSection}:Programme");
        silo.Services.AddOptions<PersonalDataOptions>().BindConfiguration($"{IseKeys.ConfigurationSection}:PersonalData");
        silo.Services.AddOptions<PersonDirectoryOptions>().BindConfiguration($"{IseKeys.ConfigurationSection}:People");
        return silo;
    }
}
