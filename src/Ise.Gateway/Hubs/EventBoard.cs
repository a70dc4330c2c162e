namespace Ise.Gateway.Hubs;

/// <summary>The snapshot a dashboard starts from: the event, its figures and its most recent arrivals (newest first).</summary>
public sealed record EventBoard(string EventId, string Title, string Status, EventFigures Figures, IReadOnlyList<BoardArrival> Arrivals);
