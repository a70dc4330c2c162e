namespace Ise.Journal;

/// <summary>How the silo's effect dispatcher delivers (<c>Ise:Journal:Dispatch</c>).</summary>
public sealed class EffectDispatcherOptions
{
    /// <summary>How often each writer's delivered cursor is stored.</summary>
    public TimeSpan CursorInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the writers of dead silos are looked for, to deliver what they left.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a batch whose commit failed uncertainly waits before the store is asked whether it holds it.</summary>
    public TimeSpan InDoubtDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts to deliver to a receiver that keeps failing.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a stopping silo goes on delivering; what is left is delivered by the silo that takes its writer over.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a committed batch may wait for delivery before the silo's health says it is degraded.</summary>
    public TimeSpan LagDegradedAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most effects one call to a receiver carries (more when one batch alone has more).</summary>
    public int MaxEffectsPerCall { get; set; } = 2048;

    /// <summary>
    /// The most calls to receivers in flight at once. A batch may name thousands of receivers (an event's
    /// registrations reach every registered SME); calling them all at once would activate them all at once,
    /// and their reads would wait on the storage pools until they time out.
    /// </summary>
    public int MaxConcurrentCalls { get; set; } = 64;
}
