namespace Ise.Smes;

/// <summary>What happened in one step of an SME's journey.</summary>
[GenerateSerializer]
public enum JourneyEntryKind
{
    /// <summary>The SME was registered with the programme by its lead partner.</summary>
    Enrolled = 0,

    /// <summary>Registered for an event.</summary>
    RegisteredForEvent = 1,

    /// <summary>Checked in at an event.</summary>
    Attended = 2,

    /// <summary>Arrived unregistered and was registered and checked in at the door.</summary>
    WalkIn = 3,

    /// <summary>Registered but did not come (recorded when the event closed).</summary>
    NoShow = 4,

    /// <summary>Attendance recorded after the event from a list (turns a no-show into attended).</summary>
    RetroactiveAttendance = 5,

    /// <summary>A check-in was undone (a wrong scan); the attendance it names no longer counts.</summary>
    AttendanceUndone = 6,

    /// <summary>A registration was cancelled.</summary>
    RegistrationCancelled = 7,

    /// <summary>A 1-2-1 diagnostic assessment was completed.</summary>
    Diagnostic = 8,

    ClusterJoined = 9,

    ClusterLeft = 10,

    /// <summary>A connection with another SME was recorded.</summary>
    Connection = 11,

    /// <summary>A provisional record was merged into this one (audit).</summary>
    MergedFrom = 12,

    /// <summary>This provisional record was merged into the real one (audit).</summary>
    MergedInto = 13,
}
