namespace Ise.Hosting;

/// <summary>How the platform is deployed; the same code runs in both, only configuration differs.</summary>
public enum IseMode
{
    /// <summary>One process: the gateway hosts the silo, localhost clustering, in-memory storage, demo data.</summary>
    Embedded = 0,

    /// <summary>Separate silo and gateway processes; clustering, state and reminders on PostgreSQL.</summary>
    Cluster = 1,
}
