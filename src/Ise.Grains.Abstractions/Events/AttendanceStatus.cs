namespace Ise.Events;

/// <summary>Where one registration stands.</summary>
[GenerateSerializer]
public enum AttendanceStatus
{
    /// <summary>Holds a seat; not (yet) checked in.</summary>
    Registered = 0,

    /// <summary>Waiting for a seat; promoted in order when one frees up.</summary>
    WaitListed = 1,

    CheckedIn = 2,

    /// <summary>Held a seat but did not come (set when the event closed).</summary>
    NoShow = 3,

    Cancelled = 4,
}
