namespace Ise.Gateway.Hubs;

/// <summary>
/// A delta: the figures now and the door changes (oldest first) after <see cref="PreviousSequence"/>.
/// A client whose last sequence is below <see cref="PreviousSequence"/> missed one and asks for a snapshot.
/// </summary>
public sealed record EventBoardUpdate(string EventId, long PreviousSequence, EventFigures Figures, IReadOnlyList<BoardArrival> Changes);
