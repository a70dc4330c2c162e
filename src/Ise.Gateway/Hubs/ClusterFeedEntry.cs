namespace Ise.Gateway.Hubs;

/// <summary>
/// A line of a cluster's feed, numbered from 1: <c>MemberJoined</c>, <c>MemberLeft</c>, <c>Post</c>,
/// <c>EventAnnounced</c> or <c>EventClosed</c>, with the SME's name or the event's title. Text is the
/// member's own and must be rendered as text.
/// </summary>
public sealed record ClusterFeedEntry(
    long Sequence, string Kind, DateTimeOffset At, string? SmeId, string? SmeName, string? Country,
    string? EventId, string? EventTitle, string? Text, int? Attendance);
