using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Ise.Hosting;

/// <summary>
/// Lets PostgreSQL's exceptions cross between silos and gateways. An activation that failed because storage did (its
/// state could not be read during an outage) is answered with the exception that stopped it, before any call filter
/// runs; Orleans encodes only exceptions of namespaces it knows, so the answer became a codec failure and a cluster-mode
/// gateway answered INTERNAL. With Npgsql's namespace allowed, the caller's <see cref="StorageOutageCallFilter"/> sees the
/// database failing and refuses with <c>UNAVAILABLE</c>, as a failed write does.
/// </summary>
public static class StorageExceptionSerialization
{
    public static IServiceCollection AddIseStorageExceptionSerialization(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add(nameof(Npgsql)));
}
