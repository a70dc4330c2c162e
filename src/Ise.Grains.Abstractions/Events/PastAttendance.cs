namespace Ise.Events;

/// <summary>What an attendance list recorded after an event says of one SME.</summary>
[GenerateSerializer]
public enum PastAttendance
{
    /// <summary>Registered and came.</summary>
    Attended = 0,

    /// <summary>Came without a registration.</summary>
    WalkIn = 1,

    /// <summary>Registered and did not come.</summary>
    NoShow = 2,
}
