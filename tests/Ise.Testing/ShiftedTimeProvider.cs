namespace Ise.Testing;

/// <summary>The system clock moved by an offset the test sets: wall-clock time only, timers run as usual.</summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
