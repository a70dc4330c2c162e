namespace Ise.Events;

[GenerateSerializer]
public enum CheckInOutcome
{
    CheckedIn = 0,
    AlreadyCheckedIn = 1,
}
