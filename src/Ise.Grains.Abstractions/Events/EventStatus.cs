namespace Ise.Events;

/// <summary>An event's life: draft → open (registration) → live (check-in) → closed (no-shows recorded).</summary>
[GenerateSerializer]
public enum EventStatus
{
    Draft = 0,
    Open = 1,
    Live = 2,
    Closed = 3,
}
