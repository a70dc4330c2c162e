using Orleans.Configuration;

namespace Ise.Hosting;

/// <summary>
/// Membership probe settings for cluster mode. Small machines (2 cores) under load answer probes
/// late, so suspicion needs several missed probes from more than one silo before a silo is declared
/// dead; a killed silo is still declared dead within about 30 seconds.
/// </summary>
public static class ClusterMembershipTuning
{
    public static void Apply(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(5);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 2;
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(30);
        options.DefunctSiloCleanupPeriod = TimeSpan.FromHours(1);
        options.DefunctSiloExpiration = TimeSpan.FromHours(2);
    }
}
