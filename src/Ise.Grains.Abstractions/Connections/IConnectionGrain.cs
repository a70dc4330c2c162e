namespace Ise.Connections;

/// <summary>One connection between two SMEs (key: <see cref="ConnectionIds"/>), from request to follow-up.</summary>
public interface IConnectionGrain : IGrainWithStringKey
{
    /// <summary>Records the request; the same request again returns the first one.</summary>
    Task<ConnectionView> RecordAsync(RecordConnection request);

    /// <summary>
    /// The SMEs met: recorded in both journeys and counted for the event and the clusters of their sectors,
    /// on <paramref name="occurredOn"/> (a local date of the event's region; today when null) as recorded by
    /// <paramref name="recordedBy"/>; refused in the future or before the programme started.
    /// </summary>
    Task<ConnectionView> MarkMetAsync(DateOnly? occurredOn = null, string? recordedBy = null);

    Task<ConnectionView> RecordOutcomeAsync(string outcome);

    Task<ConnectionView> RateFollowUpAsync(int rating);

    /// <summary>The connection; <c>NOT_FOUND</c> when it was never recorded.</summary>
    Task<ConnectionView> GetAsync();
}
