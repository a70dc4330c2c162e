namespace Ise.Events;

/// <summary>What happened at the door: a registered attendee checked in, a walk-in arrived, or a check-in was undone.</summary>
[GenerateSerializer]
public enum ArrivalChangeKind
{
    CheckedIn = 0,
    WalkedIn = 1,
    Undone = 2,
}
